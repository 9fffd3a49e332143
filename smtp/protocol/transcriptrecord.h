#pragma once

#include "note.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QObject>
#include <QString>

namespace smtp {

// One typed line of the protocol transcript. Records are made safe at the source: client
// commands carry their redacted text, server text has control characters, ESC, NUL and
// bidirectional overrides shown visibly, so a transcript can be displayed or saved as is.
struct TranscriptRecord
{
    Q_GADGET

public:
    enum class Direction { Client, Server, Info, Error };
    Q_ENUM(Direction)
    // Summary records tell the story; Debug records add state changes and message headers.
    enum class Level { Summary, Debug };
    Q_ENUM(Level)

    QDateTime time; // UTC; shown in local time
    Direction direction = Direction::Info;
    Level level = Level::Summary;
    bool encrypted = false; // sent or received inside TLS
    QString text;           // the line in English (the CLI, saved transcripts); a GUI line of the
                            // app's own (TranscriptModel::appendTold) is in the UI language
    // For a line the engine writes itself (Info, Error, Debug states): the sentence `text`
    // was made from, so a person's transcript can show it in their own language.
    Note note;

    static TranscriptRecord make(Direction direction, QString text, bool encrypted,
                                 Level level = Level::Summary);
    static TranscriptRecord make(Direction direction, Note note, bool encrypted,
                                 Level level = Level::Summary);
    // Server bytes (one reply line, without CRLF) made displayable.
    static TranscriptRecord fromServer(QByteArrayView line, bool encrypted,
                                       Level level = Level::Summary);

    // Decodes UTF-8 (invalid bytes become \xNN) and shows control characters, DEL, C1
    // controls and bidirectional formatting characters as escapes such as \x1B or
    // <U+202E>, so nothing the server sends can rewrite what a person sees.
    static QString escapeForDisplay(QByteArrayView bytes);
    // The same for text already decoded (certificate names, for instance).
    static QString escapeForDisplay(QStringView text);
};

} // namespace smtp
