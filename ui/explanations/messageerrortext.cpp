#include "messageerrortext.h"

namespace hongyan {

namespace {

QString problem(smtp::MessageError::Code code)
{
    using Code = smtp::MessageError::Code;
    switch (code) {
    case Code::None:
        return {};
    case Code::EmptyInput:
        return MessageErrorText::tr("nothing was given");
    case Code::ControlCharacter:
        return MessageErrorText::tr("it contains a line break or another control character");
    case Code::UnexpectedCharacter:
        return MessageErrorText::tr("it contains a character that is not allowed there");
    case Code::UnterminatedQuotedString:
        return MessageErrorText::tr("a quoted name is not closed with \"");
    case Code::UnterminatedComment:
        return MessageErrorText::tr("a comment is not closed with )");
    case Code::UnterminatedAngleAddress:
        return MessageErrorText::tr("an address in < > is not closed with >");
    case Code::MissingAngleAddress:
        return MessageErrorText::tr("a name is given without an address in < >");
    case Code::MissingAtSign:
        return MessageErrorText::tr("the address has no @");
    case Code::EmptyLocalPart:
        return MessageErrorText::tr("nothing comes before the @");
    case Code::InvalidLocalPart:
        return MessageErrorText::tr("the part before the @ is not valid");
    case Code::EmptyDomain:
        return MessageErrorText::tr("nothing comes after the @");
    case Code::InvalidDomain:
        return MessageErrorText::tr("the domain after the @ is not valid");
    case Code::AddressTooLong:
        return MessageErrorText::tr("the address is too long");
    case Code::UnterminatedGroup:
        return MessageErrorText::tr("a group is not closed with ;");
    case Code::NestedGroup:
        return MessageErrorText::tr("a group is inside another group");
    case Code::NotASingleMailbox:
        return MessageErrorText::tr("exactly one address is needed here");
    case Code::MissingFrom:
        return MessageErrorText::tr("the sender (From) is missing");
    case Code::InvalidMessageId:
        return MessageErrorText::tr("the message ID is not valid");
    case Code::InvalidContentId:
        return MessageErrorText::tr("the content ID of an inline image is not valid");
    case Code::InvalidMimeType:
        return MessageErrorText::tr("the content type is not valid");
    case Code::FileNotReadable:
        return MessageErrorText::tr("the file cannot be read");
    case Code::FileChanged:
        return MessageErrorText::tr("the file changed after it was added");
    case Code::FileWriteFailed:
        return MessageErrorText::tr("the file cannot be written");
    case Code::MalformedHeader:
        return MessageErrorText::tr("the header is malformed");
    case Code::HeaderTooLong:
        return MessageErrorText::tr("the header is too long");
    }
    return {};
}

// The message's header fields by their usual names in the user's language; anything else
// (a file path, a command-line option such as --to) is shown as it is.
QString fieldName(const QString& field)
{
    if (field.compare(u"From", Qt::CaseInsensitive) == 0)
        return MessageErrorText::tr("From", "message header field");
    if (field.compare(u"To", Qt::CaseInsensitive) == 0)
        return MessageErrorText::tr("To", "message header field");
    if (field.compare(u"Cc", Qt::CaseInsensitive) == 0)
        return MessageErrorText::tr("Cc", "message header field");
    if (field.compare(u"Bcc", Qt::CaseInsensitive) == 0)
        return MessageErrorText::tr("Bcc", "message header field");
    if (field.compare(u"Reply-To", Qt::CaseInsensitive) == 0)
        return MessageErrorText::tr("Reply-To", "message header field");
    if (field.compare(u"Subject", Qt::CaseInsensitive) == 0)
        return MessageErrorText::tr("Subject", "message header field");
    return field;
}

} // namespace

QString MessageErrorText::describe(const smtp::MessageError& error)
{
    if (!error.isError())
        return {};
    const QString what = problem(error.code());
    const QString field = fieldName(error.field());
    if (error.text().isEmpty())
        return field.isEmpty() ? what : tr("%1: %2").arg(field, what);
    if (field.isEmpty())
        return tr("'%1': %2").arg(error.text(), what);
    return tr("%1: '%2': %3").arg(field, error.text(), what);
}

} // namespace hongyan
