#pragma once

#include "enhancedstatus.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace smtp {

// One complete server reply: a three-digit code and one or more text lines
// (RFC 5321 §4.2). Multi-line replies keep every line; the text is the server's own.
class Reply
{
public:
    Reply() = default;
    Reply(int code, QList<QByteArray> lines);

    int code() const { return m_code; }
    // 2, 3, 4 or 5: the first digit of the code.
    int codeClass() const { return m_code / 100; }
    bool isPositiveCompletion() const { return codeClass() == 2; }
    bool isPositiveIntermediate() const { return codeClass() == 3; }
    bool isTransientFailure() const { return codeClass() == 4; }
    bool isPermanentFailure() const { return codeClass() == 5; }
    bool isValid() const { return m_code >= 200 && m_code <= 599; }

    // Text of each line after the code and separator, as sent (not decoded).
    const QList<QByteArray>& lines() const { return m_lines; }
    // The RFC 3463 code of the first line when present and consistent with the reply code.
    const EnhancedStatus& enhancedStatus() const { return m_enhanced; }
    // The server's words for people to read: the lines joined with "\n", without the
    // enhanced code prefix, made displayable (TranscriptRecord::escapeForDisplay).
    QString text() const;
    // The reply as it appeared on the wire, one line per entry ("250-SIZE 1000").
    QList<QByteArray> wireLines() const;

private:
    int m_code = 0;
    QList<QByteArray> m_lines;
    EnhancedStatus m_enhanced;
};

} // namespace smtp
