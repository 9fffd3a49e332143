#include "datatransfer.h"

#include "readfailure.h"

#include <QIODevice>

namespace smtp {

namespace {
// Bounds on what the transcript collects, so a message without a header/body separator
// cannot fill memory through the transcript.
constexpr qsizetype MaxHeaderLines = 1000;
constexpr qsizetype MaxLineLength = 4096;
} // namespace

DataTransfer::DataTransfer(QIODevice* source, DataEncoder::Mode mode)
    : m_source(source)
    , m_encoder(mode)
{}

QByteArray DataTransfer::nextChunk()
{
    QByteArray encoded;
    if (m_finished || failed())
        return encoded;
    if (!m_source || !m_source->isReadable()) {
        m_error = Note::of(QT_TRANSLATE_NOOP("smtp", "the message source is not open for reading"));
        return encoded;
    }
    m_readBuffer.resize(ChunkSize);
    const qint64 read = m_source->read(m_readBuffer.data(), ChunkSize);
    if (read < 0) {
        m_error = readFailureOf(*m_source);
        if (m_error.isEmpty())
            m_error = Note::of(QT_TRANSLATE_NOOP("smtp", "the message could not be read"));
        return encoded;
    }
    const QByteArrayView raw(m_readBuffer.constData(), read);
    m_sourceBytes += read;
    if (m_inHeaders || m_collectBody)
        collectLines(raw);
    m_encoder.encode(raw, encoded);
    if (m_source->atEnd()) {
        m_encoder.finish(encoded);
        m_finished = true;
    } else if (read == 0) {
        m_error = Note::of(
            QT_TRANSLATE_NOOP("smtp", "the message source stopped delivering data before its end"));
        encoded.clear();
    }
    return encoded;
}

QList<QByteArray> DataTransfer::takeTranscriptLines()
{
    return std::exchange(m_lines, {});
}

void DataTransfer::collectLines(QByteArrayView raw)
{
    // Split as the encoder splits (LineSplitter), so the transcript shows the header lines
    // exactly as they go on the wire.
    m_lineSplitter.feed(raw, [&](const LineSplitter::Piece& piece) {
        if (!m_inHeaders && !m_collectBody)
            return;
        const qsizetype room = MaxLineLength - m_partialLine.size();
        if (room > 0)
            m_partialLine.append(piece.text.first(qMin(piece.text.size(), room)));
        if (!piece.endsLine)
            return;
        QByteArray line = std::exchange(m_partialLine, {});
        if (m_inHeaders) {
            // The first empty line separates the headers from the body (RFC 5322 §2.1).
            if (line.isEmpty() || ++m_headerLineCount > MaxHeaderLines) {
                m_inHeaders = false;
                if (!m_collectBody)
                    return;
            }
        }
        m_lines.append(line);
    });
}

} // namespace smtp
