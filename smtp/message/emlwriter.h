#pragma once

#include "messageerror.h"

#include <QString>

class QIODevice;

namespace smtp {

// Saves a message as an .eml file by streaming it through QSaveFile in bounded chunks:
// the file appears complete or not at all, and the message is never held in memory.
class EmlWriter
{
public:
    static constexpr qint64 ChunkSize = 256 * 1024;

    // Writes message from its start (it is rewound when it is not sequential).
    static bool write(QIODevice& message, const QString& path, MessageError* error = nullptr);
};

} // namespace smtp
