#pragma once

#include <QString>

namespace cc {

/// Names the process so that QStandardPaths and QSettings agree between the GUI and the CLI.
void applyApplicationIdentity();

/// The program version, e.g. "0.1.0".
QString programVersion();

} // namespace cc
