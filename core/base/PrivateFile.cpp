#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cc {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cc::PrivateFile)
};
} // namespace

Status PrivateFile::create(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::DatabaseUnusable,
                         Tr::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::DatabaseUnusable,
                         Tr::tr("Cannot create the file %1.").arg(path));
    ::close(fd);
    return {};
}

bool PrivateFile::restrict(const QString& path)
{
    return ::chmod(QFile::encodeName(path).constData(), 0600) == 0;
}

} // namespace cc
