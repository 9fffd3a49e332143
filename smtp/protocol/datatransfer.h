#pragma once

#include "dataencoder.h"
#include "note.h"

#include <QByteArray>
#include <QList>
#include <QPointer>

class QIODevice;

namespace smtp {

// Reads a message from its QIODevice in bounded chunks and encodes them for DATA or BDAT,
// so the whole message is never in memory. It also collects the lines the transcript
// shows: the header lines (up to the first empty line), and the body lines only when asked.
class DataTransfer
{
public:
    // A quarter of the session's write queue (see WriteHighWater in smtpsession.cpp).
    static constexpr qsizetype ChunkSize = 128 * 1024;

    DataTransfer(QIODevice* source, DataEncoder::Mode mode);

    // Encoded bytes from at most ChunkSize source bytes; empty at the end. After the last
    // source bytes the encoder's finish() output is included (for DATA: ".\r\n").
    QByteArray nextChunk();
    bool atEnd() const { return m_finished; }
    bool failed() const { return !m_error.isEmpty(); }
    const Note& error() const { return m_error; }
    qint64 sourceBytesRead() const { return m_sourceBytes; }
    // Collect body lines for the transcript too (off by default: bodies are summarised).
    void setCollectBody(bool collect) { m_collectBody = collect; }
    // Lines seen since the last call (without line ends), for the transcript.
    QList<QByteArray> takeTranscriptLines();

private:
    void collectLines(QByteArrayView raw);

    QPointer<QIODevice> m_source;
    DataEncoder m_encoder;
    qint64 m_sourceBytes = 0;
    bool m_finished = false;
    Note m_error;
    QByteArray m_readBuffer;
    bool m_collectBody = false;
    bool m_inHeaders = true;
    qsizetype m_headerLineCount = 0;
    QByteArray m_partialLine;
    LineSplitter m_lineSplitter;
    QList<QByteArray> m_lines;
};

} // namespace smtp
