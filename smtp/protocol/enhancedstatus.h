#pragma once

#include <QByteArrayView>
#include <QString>

namespace smtp {

// An RFC 3463 enhanced status code such as 5.7.8: class, subject and detail.
class EnhancedStatus
{
public:
    EnhancedStatus() = default;
    EnhancedStatus(int statusClass, int subject, int detail);

    // Parses a code at the start of a reply line's text ("5.7.8 Error: ..."). The class must
    // match the reply code's first digit (RFC 3463 §2); anything else yields an invalid status.
    // On success *length (when given) is the number of bytes the code occupies.
    static EnhancedStatus parsePrefix(QByteArrayView text, int replyClass,
                                      qsizetype* length = nullptr);
    // Parses "x.y.z" exactly; an invalid status when the text is anything else.
    static EnhancedStatus fromString(QStringView text);

    bool isValid() const { return m_class != 0; }
    int statusClass() const { return m_class; }
    int subject() const { return m_subject; }
    int detail() const { return m_detail; }
    // "5.7.8", or an empty string when invalid.
    QString toString() const;

    friend bool operator==(const EnhancedStatus&, const EnhancedStatus&) = default;

private:
    int m_class = 0;
    int m_subject = 0;
    int m_detail = 0;
};

} // namespace smtp
