#pragma once

#include <QString>

namespace hongyan {

// Where the file dialogs open: the Documents folder, or the home folder while there is no
// Documents folder yet (a fresh account). Qt's own dialog, given a folder that does not
// exist, shows the folder's name as the file name to open.
QString documentsFolder();

} // namespace hongyan
