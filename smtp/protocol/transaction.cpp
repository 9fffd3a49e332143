#include "transaction.h"

#include "datatransfer.h"

#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

using State = SessionState::State;
using Direction = TranscriptRecord::Direction;
using Category = Outcome::Category;
using Reason = Outcome::Reason;

// Enough queued bytes to keep the connection busy between two event-loop turns (the kernel's
// socket buffer holds more) without holding much of the message in memory. Each queued
// byte is copied three times inside QSslSocket; 512 KiB keeps those copies in the CPU's
// caches: a 100 MB send takes 10 % less CPU and 5 MB less memory than with 1 MiB.
constexpr qint64 WriteHighWater = 512 * 1024;

} // namespace

struct MailTransaction::Current
{
    bool console = false; // console DATA: no envelope, the reply is the result
    Envelope envelope;
    QPointer<QIODevice> source;
    qint64 size = -1; // -1 when the source cannot tell
    QByteArray wireSender;
    QList<QByteArray> wireRecipients;
    QByteArray mailParameters;
    QList<RecipientResult> recipients;
    bool pipelined = false;
    bool chunked = false;       // BDAT instead of DATA
    bool bodyPipelined = false; // DATA or the first BDAT sent right after the RCPTs
    bool mailSent = false;
    bool mailAccepted = false;
    bool finalSent = false; // the final dot or BDAT LAST is on its way
    std::unique_ptr<DataTransfer> transfer;
    std::optional<Outcome> verdict;  // decided early; reported once every reply is in
    std::optional<Reply> finalReply; // the server accepted the message
    QString lastRefusedRcpt;         // the last RCPT refused, as the transcript shows it

    int acceptedCount() const
    {
        int count = 0;
        for (const RecipientResult& recipient : recipients)
            count += recipient.accepted ? 1 : 0;
        return count;
    }
};

MailTransaction::MailTransaction(SessionCore& core)
    : m_core(core)
{}

MailTransaction::~MailTransaction() = default;

bool MailTransaction::hasStarted() const
{
    return m_current && m_current->mailSent;
}

bool MailTransaction::finalSent() const
{
    return m_current && m_current->finalSent;
}

void MailTransaction::prepare(const Envelope& envelope, QIODevice* message)
{
    m_current = std::make_unique<Current>();
    m_current->envelope = envelope;
    m_current->source = message;
    for (const QString& address : envelope.recipients)
        m_current->recipients.append(RecipientResult{address, false, 0, {}, {}});
}

void MailTransaction::startConsoleData(QIODevice* text)
{
    m_current = std::make_unique<Current>();
    Current& t = *m_current;
    t.console = true;
    t.source = text;
    t.size = text->isSequential() ? -1 : text->size() - text->pos();
    t.mailSent = true;
    t.transfer = std::make_unique<DataTransfer>(text, DataEncoder::Mode::DotStuffed);
    m_core.enter(State::ConsoleCommand);
    m_core.sendCommand(Command::data(), {Expect::Data});
}

void MailTransaction::start()
{
    Current& t = *m_current;
    if (t.envelope.recipients.isEmpty()) {
        finish(m_core.makeOutcome(
            Category::Usage, Reason::NoRecipients, nullptr,
            Note::of(QT_TRANSLATE_NOOP("smtp", "the message has no recipients"))));
        return;
    }
    if (!t.source || !t.source->isReadable()) {
        finish(m_core.makeOutcome(
            Category::Usage, Reason::MessageUnreadable, nullptr,
            Note::of(QT_TRANSLATE_NOOP("smtp", "the message is not open for reading"))));
        return;
    }
    t.size = t.source->isSequential() ? -1 : t.source->size() - t.source->pos();
    QList<QByteArray> wire;
    bool international = t.envelope.requiresSmtpUtf8;
    if (std::optional<Outcome> refusal = checkBeforeSending(wire, international)) {
        finish(*refusal);
        return;
    }
    t.wireSender = wire.takeFirst();
    t.wireRecipients = wire;
    chooseExtensions(international);
    sendEnvelope();
}

// What the server is sure to refuse, found before anything is sent: the addresses in their
// wire form go to `wire` (sender first).
std::optional<Outcome> MailTransaction::checkBeforeSending(QList<QByteArray>& wire,
                                                           bool& international)
{
    const Current& t = *m_current;
    const Capabilities& capabilities = m_core.capabilities();
    const bool utf8Offered = capabilities.supportsSmtpUtf8();
    if (t.envelope.requiresSmtpUtf8 && !utf8Offered)
        return m_core.makeOutcome(
            Category::Usage, Reason::SmtpUtf8Required, nullptr,
            Note::of(QT_TRANSLATE_NOOP(
                "smtp", "the message has UTF-8 headers and the server does not offer SMTPUTF8")));
    QStringList addresses{t.envelope.sender};
    addresses += t.envelope.recipients;
    for (const QString& address : std::as_const(addresses)) {
        bool needsUtf8 = false;
        Note error;
        const std::optional<QByteArray> encoded =
            Envelope::wireAddress(address, utf8Offered, &needsUtf8, &error);
        if (!encoded)
            return m_core.makeOutcome(Category::Usage,
                                      needsUtf8 ? Reason::SmtpUtf8Required : Reason::InvalidAddress,
                                      nullptr, error);
        international = international || Envelope::isInternational(address);
        wire.append(*encoded);
    }
    if (t.envelope.requires8BitMime && !capabilities.supports8BitMime())
        return m_core.makeOutcome(
            Category::Usage, Reason::EightBitMimeRequired, nullptr,
            Note::of(QT_TRANSLATE_NOOP(
                "smtp", "the message has 8-bit content and the server does not offer 8BITMIME")));
    const qint64 limit = capabilities.sizeLimit();
    if (t.size >= 0 && limit > 0 && t.size > limit) {
        m_core.connection().record(
            Direction::Error,
            Note::of(
                QT_TRANSLATE_NOOP(
                    "smtp", "The message (%1 bytes) is larger than the server's limit (%2 bytes)"),
                t.size, limit));
        return m_core.makeOutcome(
            Category::Rejected, Reason::MessageTooLarge, nullptr,
            Note::of(QT_TRANSLATE_NOOP("smtp", "%1 bytes > SIZE %2"), t.size, limit));
    }
    return std::nullopt;
}

void MailTransaction::chooseExtensions(bool international)
{
    Current& t = *m_current;
    const Capabilities& capabilities = m_core.capabilities();
    const SessionSettings& settings = m_core.settings();
    QList<QByteArray> parameters;
    if (capabilities.supportsSize() && t.size >= 0)
        parameters.append("SIZE=" + QByteArray::number(t.size));
    if (t.envelope.requires8BitMime)
        parameters.append("BODY=8BITMIME");
    if (international && capabilities.supportsSmtpUtf8())
        parameters.append("SMTPUTF8");
    t.mailParameters = parameters.join(' ');
    t.pipelined = settings.usePipelining && capabilities.supportsPipelining();
    t.chunked = settings.useChunking && t.pipelined && capabilities.supportsChunking();
    t.transfer = std::make_unique<DataTransfer>(
        t.source, t.chunked ? DataEncoder::Mode::Chunked : DataEncoder::Mode::DotStuffed);
    t.transfer->setCollectBody(settings.bodyTranscript == SessionSettings::BodyTranscript::Full);
}

void MailTransaction::sendEnvelope()
{
    Current& t = *m_current;
    m_core.enter(State::Envelope);
    if (m_server == ServerSide::MayHoldTransaction) {
        // The previous transaction left state on the server (RFC 5321 §4.1.1.5).
        m_server = ServerSide::Clean;
        m_core.sendCommand(Command::rset(), {Expect::Rset});
        if (!t.pipelined)
            return; // onRset() continues
    }
    t.mailSent = true;
    m_core.sendCommand(Command::mailFrom(t.wireSender, t.mailParameters), {Expect::Mail});
    if (!t.pipelined)
        return;
    // RFC 2920: MAIL, every RCPT and DATA (or the first BDAT) go out in one write.
    for (int i = 0; i < t.wireRecipients.size(); ++i)
        m_core.sendCommand(Command::rcptTo(t.wireRecipients[i]), {Expect::Rcpt, i});
    if (m_core.settings().recipientPolicy == SessionSettings::RecipientPolicy::DeliverToAccepted) {
        t.bodyPipelined = true;
        if (t.chunked)
            startBody();
        else
            m_core.sendCommand(Command::data(), {Expect::Data});
    }
}

void MailTransaction::onReply(const Pending& pending, const Reply& reply)
{
    switch (pending.expect) {
    case Expect::Rset:
        onRset(reply);
        return;
    case Expect::Mail:
        onMail(reply);
        return;
    case Expect::Rcpt:
        onRcpt(reply, pending.recipient);
        return;
    case Expect::Data:
        onData(reply);
        return;
    case Expect::Bdat:
        onBdat(reply, pending.last);
        return;
    case Expect::DataEnd:
        onDataEnd(reply);
        return;
    default:
        Q_UNREACHABLE();
    }
}

void MailTransaction::onRset(const Reply& reply)
{
    if (!reply.isPositiveCompletion()) {
        m_core.fail(m_core.outcomeForReply(reply, Phase::MailFrom), SessionCore::Ending::Quit);
        return;
    }
    if (m_current && !m_current->mailSent)
        sendEnvelope();
}

void MailTransaction::onMail(const Reply& reply)
{
    Current& t = *m_current;
    if (reply.isPositiveCompletion()) {
        t.mailAccepted = true;
        if (!t.pipelined)
            m_core.sendCommand(Command::rcptTo(t.wireRecipients.constFirst()), {Expect::Rcpt, 0});
    } else if (!t.verdict) {
        t.verdict = m_core.outcomeForReply(reply, Phase::MailFrom);
    }
    settle();
}

void MailTransaction::onRcpt(const Reply& reply, int recipient)
{
    Current& t = *m_current;
    RecipientResult& result = t.recipients[recipient];
    result.accepted = reply.isPositiveCompletion();
    result.code = reply.code();
    result.enhanced = reply.enhancedStatus();
    result.serverText = reply.text();
    if (!result.accepted)
        t.lastRefusedRcpt = m_core.answeredCommand();
    const bool lastRecipient = recipient + 1 == t.wireRecipients.size();
    if (!t.pipelined && t.mailAccepted && !lastRecipient)
        m_core.sendCommand(Command::rcptTo(t.wireRecipients[recipient + 1]),
                           {Expect::Rcpt, recipient + 1});
    else if (lastRecipient && !t.bodyPipelined)
        afterRecipients();
    settle();
}

Outcome MailTransaction::recipientsRejected() const
{
    const Current& t = *m_current;
    bool allTransient = true;
    const RecipientResult* last = nullptr;
    for (const RecipientResult& recipient : t.recipients) {
        if (recipient.accepted)
            continue;
        last = &recipient;
        allTransient = allTransient && recipient.code / 100 == 4;
    }
    Outcome outcome = m_core.makeOutcome(allTransient ? Category::Temporary : Category::Rejected,
                                         Reason::RecipientsRejected);
    outcome.phase = Phase::RcptTo;
    outcome.command = t.lastRefusedRcpt;
    if (last) {
        outcome.code = last->code;
        outcome.enhanced = last->enhanced;
        outcome.serverText = last->serverText;
    }
    return outcome;
}

void MailTransaction::afterRecipients()
{
    Current& t = *m_current;
    if (t.verdict)
        return;
    const int accepted = t.acceptedCount();
    if (accepted == 0) {
        t.verdict = recipientsRejected();
        return;
    }
    if (accepted < t.recipients.size() &&
        m_core.settings().recipientPolicy == SessionSettings::RecipientPolicy::AllOrNothing) {
        m_core.connection().record(
            Direction::Info,
            Note::of(QT_TRANSLATE_NOOP("smtp", "Not sending: %1 of %2 recipients were refused and "
                                               "every recipient is required"),
                     t.recipients.size() - accepted, t.recipients.size()));
        t.verdict = recipientsRejected();
        t.verdict->category = Category::Rejected;
        return;
    }
    if (t.chunked)
        startBody();
    else
        m_core.sendCommand(Command::data(), {Expect::Data});
}

void MailTransaction::onData(const Reply& reply)
{
    Current& t = *m_current;
    if (t.console) {
        if (reply.code() == 354)
            startBody();
        else
            finishConsoleData(m_core.outcomeForReply(reply, Phase::Data));
        return;
    }
    if (reply.code() == 354) {
        if (t.verdict || t.acceptedCount() == 0)
            endEmptyBody();
        else
            startBody();
        return;
    }
    if (!t.verdict) {
        if (t.acceptedCount() == 0)
            t.verdict = recipientsRejected();
        else
            t.verdict = m_core.outcomeForReply(reply, Phase::Data);
    }
    settle();
}

// RFC 2920 §3.1: DATA was accepted although nothing can be delivered; an empty message
// ends the transaction without delivering anything.
void MailTransaction::endEmptyBody()
{
    Current& t = *m_current;
    if (!t.verdict)
        t.verdict = recipientsRejected();
    m_core.connection().writeFinalDot();
    m_core.awaitReply({Expect::DataEnd, -1, false, u"."_s});
    m_core.enter(State::AwaitingFinalReply);
    m_core.deadline().startReply(Expect::DataEnd);
}

void MailTransaction::startBody()
{
    m_core.enter(State::SendingBody);
    m_core.deadline().startUploadProgress();
    pumpBody();
}

void MailTransaction::onBytesWritten()
{
    if (m_core.state() != State::SendingBody || !m_current || m_current->finalSent)
        return;
    // Progress on the wire: the upload is not stalled.
    m_core.deadline().startUploadProgress();
    pumpBody();
}

void MailTransaction::pumpBody()
{
    while (m_current && !m_current->finalSent && !m_current->verdict &&
           m_core.connection().isConnected() && m_core.connection().backlog() < WriteHighWater) {
        if (!writeNextChunk())
            return;
    }
}

// False when the transaction ended instead.
bool MailTransaction::writeNextChunk()
{
    Current& t = *m_current;
    const QByteArray chunk = t.transfer->nextChunk();
    if (t.transfer->failed()) {
        // Never end a half-read message with the final dot: the server would deliver it
        // truncated. Dropping the connection makes it discard the transaction.
        m_core.connection().record(
            Direction::Error, Note::of(QT_TRANSLATE_NOOP("smtp", "Reading the message failed: %1"),
                                       t.transfer->error()));
        m_core.fail(m_core.makeOutcome(Category::Usage, Reason::MessageUnreadable, nullptr,
                                       t.transfer->error()),
                    SessionCore::Ending::Abort);
        return false;
    }
    for (const QByteArray& line : t.transfer->takeTranscriptLines())
        m_core.connection().recordSent(TranscriptRecord::escapeForDisplay(line),
                                       TranscriptRecord::Level::Debug);
    const bool last = t.transfer->atEnd();
    if (t.chunked) {
        const Command bdat = Command::bdat(chunk.size(), last);
        m_core.connection().writeCommand(bdat, last ? TranscriptRecord::Level::Summary
                                                    : TranscriptRecord::Level::Debug);
        m_core.awaitReply({Expect::Bdat, -1, last, bdat.transcriptText()});
    }
    if (last)
        recordBodySent();
    using MessageEnd = Connection::MessageEnd;
    m_core.connection().writeMessageBytes(chunk, !last       ? MessageEnd::NotYet
                                                 : t.chunked ? MessageEnd::LastChunk
                                                             : MessageEnd::LastWithDot);
    m_core.reportProgress(t.transfer->sourceBytesRead(), t.size);
    if (last)
        finishBody();
    return true;
}

void MailTransaction::recordBodySent()
{
    if (m_core.settings().bodyTranscript == SessionSettings::BodyTranscript::Summary)
        m_core.connection().record(
            Direction::Info,
            Note::of(QT_TRANSLATE_NOOP("smtp", "Message of %1 bytes sent (body not shown)"),
                     m_current->transfer->sourceBytesRead()));
}

void MailTransaction::finishBody()
{
    Current& t = *m_current;
    t.finalSent = true;
    if (!t.chunked)
        m_core.awaitReply({Expect::DataEnd, -1, false, u"."_s});
    m_core.enter(State::AwaitingFinalReply);
    m_core.deadline().startReply(Expect::DataEnd);
}

void MailTransaction::onBdat(const Reply& reply, bool last)
{
    Current& t = *m_current;
    if (!reply.isPositiveCompletion()) {
        if (!t.verdict) {
            t.verdict = t.acceptedCount() == 0 && t.recipients.size() > 0 && t.mailAccepted
                            ? recipientsRejected()
                            : m_core.outcomeForReply(reply, last ? Phase::DataEnd : Phase::Body);
        }
    } else if (last && !t.verdict) {
        t.finalReply = reply;
    }
    settle();
}

void MailTransaction::onDataEnd(const Reply& reply)
{
    Current& t = *m_current;
    if (t.console) {
        finishConsoleData(reply.isPositiveCompletion()
                              ? m_core.makeOutcome(Category::Delivered, Reason::None, &reply)
                              : m_core.outcomeForReply(reply, Phase::DataEnd));
        return;
    }
    if (!t.verdict) {
        if (reply.isPositiveCompletion())
            t.finalReply = reply;
        else
            t.verdict = m_core.outcomeForReply(reply, Phase::DataEnd);
    }
    settle();
}

void MailTransaction::finishConsoleData(const Outcome& outcome)
{
    m_current.reset();
    m_core.finishOperation(outcome);
}

void MailTransaction::settle()
{
    if (!m_current)
        return;
    Current& t = *m_current;
    // Replies are matched strictly in order: the transaction ends only when every reply
    // to its pipelined commands is in, so none is mistaken for the next command's.
    if (m_core.awaitsReplies())
        return;
    if (t.verdict) {
        finish(*t.verdict);
        return;
    }
    if (!t.finalReply)
        return; // still sending
    if (t.acceptedCount() == 0) {
        // A server that took the message without accepting any recipient delivered nothing.
        finish(recipientsRejected());
        return;
    }
    const bool everyone = t.acceptedCount() == t.recipients.size();
    Outcome outcome =
        m_core.makeOutcome(everyone ? Category::Delivered : Category::Partial,
                           everyone ? Reason::None : Reason::RecipientsRejected, &*t.finalReply);
    outcome.phase = Phase::DataEnd;
    m_core.connection().record(
        Direction::Info,
        everyone ? Note::of(QT_TRANSLATE_NOOP("smtp", "Message accepted for %1 recipient(s)"),
                            t.recipients.size())
                 : Note::of(QT_TRANSLATE_NOOP("smtp", "Message accepted for %1 of %2 recipients"),
                            t.acceptedCount(), t.recipients.size()));
    finish(outcome);
}

void MailTransaction::finish(Outcome outcome)
{
    const std::unique_ptr<Current> t = std::move(m_current);
    outcome.recipients = t->recipients;
    outcome.messageBytes = t->transfer ? t->transfer->sourceBytesRead() : qMax<qint64>(t->size, 0);
    outcome.sizeLimit = m_core.capabilities().sizeLimit();
    // Anything but a completed delivery may leave a transaction open on the server.
    if (t->mailSent && !t->finalReply)
        m_server = ServerSide::MayHoldTransaction;
    m_core.finishOperation(outcome);
}

void MailTransaction::abandon(Outcome& outcome)
{
    if (!m_current)
        return;
    outcome.recipients = m_current->recipients;
    if (m_current->transfer)
        outcome.messageBytes = m_current->transfer->sourceBytesRead();
    m_current.reset();
}

} // namespace smtp
