#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class QIODevice;

// Test support: what Python's email package (an independent parser) reads in a message,
// through inspect_eml.py run with /usr/bin/python3 ($HONGYAN_PYTHON), and checks on raw
// message bytes that every test applies.
class EmlInspector
{
public:
    // The JSON report of inspect_eml.py; an empty object (and a QWARN) if Python failed.
    static QJsonObject inspect(const QByteArray& message, bool utf8Headers = false);
    // Every byte of device from its start, read in chunks of chunkSize.
    static QByteArray readAll(QIODevice& device, qint64 chunkSize = 256 * 1024);
    // Empty when every line ends in CRLF and has at most 998 octets; otherwise the first
    // offending line's number and problem.
    static QString lineProblem(const QByteArray& message);
    // The header block (up to the empty line), every field unfolded.
    static QList<QByteArray> unfoldedHeaders(const QByteArray& message);
    // The longest line of the header block, CRLF excluded.
    static qsizetype longestHeaderLine(const QByteArray& message);
};
