#include "messageerror.h"

using namespace Qt::Literals::StringLiterals;

namespace smtp {

QString MessageError::codeName(Code code)
{
    switch (code) {
    case Code::None:
        return u"no error"_s;
    case Code::EmptyInput:
        return u"empty input"_s;
    case Code::ControlCharacter:
        return u"control character (CR, LF, NUL…) not allowed"_s;
    case Code::UnexpectedCharacter:
        return u"unexpected character"_s;
    case Code::UnterminatedQuotedString:
        return u"unterminated quoted string"_s;
    case Code::UnterminatedComment:
        return u"unterminated comment"_s;
    case Code::UnterminatedAngleAddress:
        return u"missing '>'"_s;
    case Code::MissingAngleAddress:
        return u"name without <address>"_s;
    case Code::MissingAtSign:
        return u"missing '@'"_s;
    case Code::EmptyLocalPart:
        return u"empty local part"_s;
    case Code::InvalidLocalPart:
        return u"invalid local part"_s;
    case Code::EmptyDomain:
        return u"empty domain"_s;
    case Code::InvalidDomain:
        return u"invalid domain"_s;
    case Code::AddressTooLong:
        return u"address too long"_s;
    case Code::UnterminatedGroup:
        return u"group without ';'"_s;
    case Code::NestedGroup:
        return u"group inside a group"_s;
    case Code::NotASingleMailbox:
        return u"more than one address where one is expected"_s;
    case Code::MissingFrom:
        return u"no From address"_s;
    case Code::InvalidMessageId:
        return u"invalid Message-ID"_s;
    case Code::InvalidContentId:
        return u"invalid Content-ID"_s;
    case Code::InvalidMimeType:
        return u"invalid MIME type"_s;
    case Code::FileNotReadable:
        return u"file cannot be read"_s;
    case Code::FileChanged:
        return u"file changed after the message was composed"_s;
    case Code::FileWriteFailed:
        return u"file cannot be written"_s;
    case Code::MalformedHeader:
        return u"malformed header"_s;
    case Code::HeaderTooLong:
        return u"header too long"_s;
    }
    return u"unknown error"_s;
}

QString MessageError::toString() const
{
    QString result = m_field.isEmpty() ? codeName(m_code) : m_field + u": "_s + codeName(m_code);
    if (!m_text.isEmpty())
        result += u" \""_s + m_text + u'"';
    if (m_position >= 0)
        result += u" at position "_s + QString::number(m_position);
    return result;
}

} // namespace smtp
