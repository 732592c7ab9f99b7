#!/bin/sh
# Installs what CounterCare needs to build, run and test on Debian 12 (as root, or via sudo).
set -eu
if [ "$(id -u)" -ne 0 ]; then
    exec sudo "$0" "$@"
fi
export DEBIAN_FRONTEND=noninteractive
# The tests make a throwaway PostgreSQL cluster of their own on 127.0.0.1 and remove it:
# installing the server here must not create and start Debian's default one beside it.
if [ ! -d /etc/postgresql/15 ]; then
    mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/countercare.conf
fi
apt-get update -q
apt-get install -y -q --no-install-recommends \
    build-essential cmake ninja-build pkg-config git \
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
    qt6-translations-l10n libgl-dev \
    libsodium-dev libphonenumber-dev libopencc-dev libqrencode-dev libsqlite3-dev catch2 \
    fonts-noto-cjk fonts-dejavu-core sqlite3 opencc poppler-utils zbar-tools python3-minimal \
    libqt6sql6-psql libpq-dev postgresql-15
