#include "emlinspector.h"
#include "emlwriter.h"
#include "messagebuilder.h"
#include "messagedevice.h"
#include "readfailure.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace smtp;

namespace {

Mailbox mailbox(const QString& text)
{
    MessageError error;
    const auto parsed = Mailbox::parse(text, &error);
    if (!parsed)
        qFatal("bad test address %s: %s", qPrintable(text), qPrintable(error.toString()));
    return *parsed;
}

AddressList addresses(const QString& text)
{
    return AddressList::parse(text).value();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Text as the reader returns it: line ends as LF. A single-part message ends with the
// CRLF every message needs, which readers keep as a final line break.
QString normalized(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    return text;
}

// Display names as Python reads them, in field order. The RFC 2047 decoder must match
// exactly; the modern parser too, except that Python 3.11 keeps the space between the
// encoded words of a name too long for one word (CPython gh-128110): there, spaces are
// ignored in the comparison.
void compareNames(const QJsonObject& report, const QString& field, const QStringList& expected)
{
    const QJsonObject header = report[u"headers"_s][field].toObject();
    const QJsonArray modern = header[u"addresses"_s].toArray();
    const QJsonArray legacy = header[u"rfc2047_addresses"_s].toArray();
    QCOMPARE(modern.size(), expected.size());
    QCOMPARE(legacy.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(legacy[i][0].toString(), expected[i]);
        QCOMPARE(legacy[i][1].toString(), modern[i][1].toString());
        QString name = modern[i][0].toString();
        if (expected[i].toUtf8().size() > 45)
            QCOMPARE(name.remove(u' '), QString(expected[i]).remove(u' '));
        else
            QCOMPARE(name, expected[i]);
    }
}

QJsonArray leafParts(const QJsonObject& report)
{
    QJsonArray leaves;
    for (const QJsonValue& part : report[u"parts"_s].toArray()) {
        if (!part.toObject().contains(u"children"_s))
            leaves.append(part);
    }
    return leaves;
}

} // namespace

class TestCompose : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void chineseSubjectAndNames();
    void chineseAttachmentName();
    void lineOf400Zhong();
    void asciiLineOf1200();
    void htmlWithPlainText();
    void inlineImages();
    void emoji();
    void emptyBody();
    void twentyAttachments();
    void injectionAttemptsAreRefused();
    void bccOnlyInEnvelope();
    void standardHeaders();
    void internationalDomainInHeaders();
    void internationalLocalPartNeedsSmtpUtf8();
    void eightBitOnlyWhenAllowed();
    void sizeIsExactAndReadsAreConsistent();
    void vanishedAttachmentIsAReadError();
    void resizedAttachmentIsAReadError();
    void attachmentCutShortWhileReadIsAReadError();
    void missingAttachmentIsRefused();
    void writesEml();

private:
    // Composes, checks the raw bytes (size, CRLF, 998) and Python's view (no defects).
    QJsonObject composeAndInspect(MessageBuilder& builder, bool utf8Headers = false);
    MessageBuilder baseBuilder() const;
    QString writeFile(const QString& name, const QByteArray& bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_lastMessage;
};

void TestCompose::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

MessageBuilder TestCompose::baseBuilder() const
{
    MessageBuilder builder;
    builder.setFrom(mailbox(u"Sender <sender@example.com>"_s));
    builder.setTo(addresses(u"rcpt@example.com"_s));
    builder.setSubject(u"Test"_s);
    builder.setText(u"Hello"_s);
    return builder;
}

QString TestCompose::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject TestCompose::composeAndInspect(MessageBuilder& builder, bool utf8Headers)
{
    MessageError error;
    auto device = builder.compose(&error);
    if (!device) {
        qWarning("compose failed: %s", qPrintable(error.toString()));
        return {};
    }
    if (!device->isOpen() || !device->isReadable() || device->isSequential()) {
        qWarning("the message is not an open, random-access device");
        return {};
    }
    const qint64 size = device->size();
    m_lastMessage = EmlInspector::readAll(*device);
    if (m_lastMessage.size() != size) {
        qWarning("size() said %lld, read %lld", size, qint64(m_lastMessage.size()));
        return {};
    }
    if (const QString problem = EmlInspector::lineProblem(m_lastMessage); !problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return {};
    }
    // Headers fold at 78, base64 and quoted-printable lines are shorter, 7bit text is sent
    // as 7bit only when its lines fit: only 8bit text may have longer lines.
    if (!builder.requires8BitMime()) {
        for (const QByteArray& line : m_lastMessage.split('\n')) {
            if (line.size() > 79) {
                qWarning("line longer than 78: %s", line.constData());
                return {};
            }
        }
    } else if (EmlInspector::longestHeaderLine(m_lastMessage) > 78) {
        qWarning("a top-level header line is longer than 78");
        return {};
    }
    QJsonObject report = EmlInspector::inspect(m_lastMessage, utf8Headers);
    if (!report[u"defects"_s].toArray().isEmpty()) {
        qWarning("defects: %s", QJsonDocument(report[u"defects"_s].toArray()).toJson().constData());
        return {};
    }
    return report;
}

void TestCompose::chineseSubjectAndNames()
{
    const QString subject =
        u"关于二〇二六年度报告的讨论：请各位同事在本周五下班之前提交各自部门的年度总结和下一年度的工作计划，谢谢大家的配合与支持！"_s;
    QCOMPARE(subject.size(), 60);
    MessageBuilder builder;
    builder.setFrom(mailbox(u"\"张三\" <zhang@example.com>"_s));
    builder.setTo(addresses(u"李四 <li@example.com>, \"王五, 销售部\" <wang@example.com>"_s));
    builder.setCc(
        addresses(u"北京鸿雁科技有限公司市场部客户服务中心值班经理 <duty@example.com>"_s));
    builder.setReplyTo(addresses(u"\"赵六\" <zhao@example.com>"_s));
    builder.setSubject(subject);
    builder.setText(u"各位好：\n\n请查收。\n"_s);
    const QJsonObject report = composeAndInspect(builder);
    QVERIFY(!report.isEmpty());
    const QJsonObject headers = report[u"headers"_s].toObject();
    QCOMPARE(headers[u"Subject"_s].toString(), subject);
    compareNames(report, u"From"_s, {u"张三"_s});
    compareNames(report, u"To"_s, {u"李四"_s, u"王五, 销售部"_s});
    compareNames(report, u"Cc"_s, {u"北京鸿雁科技有限公司市场部客户服务中心值班经理"_s});
    compareNames(report, u"Reply-To"_s, {u"赵六"_s});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(headers[u"To"_s][u"addresses"_s][1][1].toString(), u"wang@example.com"_s);
    QCOMPARE(normalized(leafParts(report)[0][u"text"_s].toString()), u"各位好：\n\n请查收。\n"_s);
    // Headers stay 7-bit: nothing here needs SMTPUTF8.
    const QByteArray head = m_lastMessage.left(m_lastMessage.indexOf("\r\n\r\n"));
    for (char c : head)
        QVERIFY(uchar(c) < 0x80);
    QVERIFY(!builder.requiresSmtpUtf8());
}

void TestCompose::chineseAttachmentName()
{
    const QByteArray pdf = "%PDF-1.4\n" + randomBytes(10000, 1);
    MessageBuilder builder = baseBuilder();
    builder.addAttachmentFile(writeFile(u"年度报告 2026.pdf"_s, pdf));
    const QJsonObject report = composeAndInspect(builder);
    QVERIFY(!report.isEmpty());
    QCOMPARE(report[u"parts"_s][0][u"content_type"_s].toString(), u"multipart/mixed"_s);
    const QJsonObject attachment = leafParts(report)[1].toObject();
    QCOMPARE(attachment[u"content_type"_s].toString(), u"application/pdf"_s);
    QCOMPARE(attachment[u"disposition"_s].toString(), u"attachment"_s);
    QCOMPARE(attachment[u"filename"_s].toString(), u"年度报告 2026.pdf"_s);
    QCOMPARE(attachment[u"disposition_filename"_s].toString(), u"年度报告 2026.pdf"_s);
    QCOMPARE(attachment[u"name"_s].toString(), u"年度报告 2026.pdf"_s);
    QCOMPARE(attachment[u"sha256"_s].toString(), sha256(pdf));
    QVERIFY(m_lastMessage.contains(
                "filename*=UTF-8''%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A%202026.pdf") ||
            m_lastMessage.contains("filename*0*=UTF-8''"));
    QVERIFY(m_lastMessage.contains("name=\"=?UTF-8?B?5bm05bqm5oql5ZGKIDIwMjYucGRm?=\""));
}

void TestCompose::lineOf400Zhong()
{
    const QString text = QString(400, QChar(0x4e2d));
    MessageBuilder builder = baseBuilder();
    builder.setText(text);
    const QJsonObject report = composeAndInspect(builder);
    QVERIFY(!report.isEmpty());
    const QJsonObject part = leafParts(report)[0].toObject();
    QCOMPARE(part[u"transfer_encoding"_s].toString(), u"base64"_s);
    QCOMPARE(part[u"charset"_s].toString(), u"utf-8"_s);
    QCOMPARE(normalized(part[u"text"_s].toString()), text);
}

void TestCompose::asciiLineOf1200()
{
    QString text;
    for (int i = 0; text.size() < 1200; ++i)
        text += QString::number(i % 10);
    text += u"\nsecond line = with equals, trailing space \n. dot line\n"_s;
    MessageBuilder builder = baseBuilder();
    builder.setText(text);
    const QJsonObject report = composeAndInspect(builder);
    QVERIFY(!report.isEmpty());
    const QJsonObject part = leafParts(report)[0].toObject();
    QCOMPARE(part[u"transfer_encoding"_s].toString(), u"quoted-printable"_s);
    QCOMPARE(normalized(part[u"text"_s].toString()), text + u'\n');
    const QByteArray body = m_lastMessage.mid(m_lastMessage.indexOf("\r\n\r\n") + 4);
    for (const QByteArray& line : body.split('\n'))
        QVERIFY(line.size() <= 77);
}

void TestCompose::htmlWithPlainText()
{
    MessageBuilder builder = baseBuilder();
    builder.setText(u"你好，世界\nHello"_s);
    builder.setHtml(u"<html><body><p>你好，<b>世界</b></p><p>Hello</p></body></html>"_s);
    const QJsonObject report = composeAndInspect(builder);
    QVERIFY(!report.isEmpty());
    QCOMPARE(report[u"parts"_s][0][u"content_type"_s].toString(), u"multipart/alternative"_s);
    const QJsonArray leaves = leafParts(report);
    QCOMPARE(leaves.size(), 2);
    QCOMPARE(leaves[0][u"content_type"_s].toString(), u"text/plain"_s);
    QCOMPARE(normalized(leaves[0][u"text"_s].toString()), u"你好，世界\nHello"_s);
    QCOMPARE(leaves[1][u"content_type"_s].toString(), u"text/html"_s);
    QCOMPARE(normalized(leaves[1][u"text"_s].toString()),
             u"<html><body><p>你好，<b>世界</b></p><p>Hello</p></body></html>"_s);
}

void TestCompose::inlineImages()
{
    const QByteArray png =
        QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
                               "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    MessageBuilder builder = baseBuilder();
    const QString fromFile = builder.addInlineImageFile(writeFile(u"截图.png"_s, png));
    const QString pasted =
        builder.addInlineImageData(png, u"pasted.png"_s, u"pasted-1@example.com"_s);
    QCOMPARE(pasted, u"pasted-1@example.com"_s);
    builder.setHtml(u"<p><img src=\"cid:%1\"><img src=\"cid:%2\"></p>"_s.arg(fromFile, pasted));
    builder.addAttachmentData("plain bytes", u"notes.txt"_s);
    const QJsonObject report = composeAndInspect(builder);
    QVERIFY(!report.isEmpty());
    const QJsonArray parts = report[u"parts"_s].toArray();
    QStringList types;
    for (const QJsonValue& part : parts)
        types.append(part[u"content_type"_s].toString());
    QCOMPARE(types, (QStringList{u"multipart/mixed"_s, u"multipart/related"_s,
                                 u"multipart/alternative"_s, u"text/plain"_s, u"text/html"_s,
                                 u"image/png"_s, u"image/png"_s, u"text/plain"_s}));
    QCOMPARE(parts[5][u"content_id"_s].toString(), u'<' + fromFile + u'>');
    QCOMPARE(parts[5][u"disposition"_s].toString(), u"inline"_s);
    QCOMPARE(parts[5][u"filename"_s].toString(), u"截图.png"_s);
    QCOMPARE(parts[5][u"sha256"_s].toString(), sha256(png));
    QCOMPARE(parts[6][u"content_id"_s].toString(), u"<pasted-1@example.com>"_s);
    QCOMPARE(parts[7][u"disposition"_s].toString(), u"attachment"_s);
    QCOMPARE(parts[7][u"sha256"_s].toString(), sha256("plain bytes"));
    QVERIFY(m_lastMessage.contains("type=\"multipart/alternative\""));
}

void TestCompose::emoji()
{
    MessageBuilder builder;
    builder.setFrom(mailbox(u"\"小明 😀\" <ming@example.com>"_s));
    builder.setTo(addresses(u"\"🎉 Party 🎉\" <party@example.com>"_s));
    builder.setSubject(u"生日快乐 🎂🎉 👨‍👩‍👧 family"_s);
    builder.setText(u"🎂 Happy birthday! 祝你生日快乐 😀\n"_s);
    builder.addAttachmentData("x", u"🎁 gift.txt"_s, u"text/plain"_s);
    const QJsonObject report = composeAndInspect(builder);
    QVERIFY(!report.isEmpty());
    const QJsonObject headers = report[u"headers"_s].toObject();
    QCOMPARE(headers[u"Subject"_s].toString(),
             u"生日快乐 🎂🎉 👨‍👩‍👧 family"_s);
    compareNames(report, u"From"_s, {u"小明 😀"_s});
    compareNames(report, u"To"_s, {u"🎉 Party 🎉"_s});
    if (QTest::currentTestFailed())
        return;
    const QJsonArray leaves = leafParts(report);
    QCOMPARE(normalized(leaves[0][u"text"_s].toString()), u"🎂 Happy birthday! 祝你生日快乐 😀\n"_s);
    QCOMPARE(leaves[1][u"filename"_s].toString(), u"🎁 gift.txt"_s);
    QCOMPARE(leaves[1][u"name"_s].toString(), u"🎁 gift.txt"_s);
}

void TestCompose::emptyBody()
{
    MessageBuilder builder = baseBuilder();
    builder.setText(QString());
    QJsonObject report = composeAndInspect(builder);
    QVERIFY(!report.isEmpty());
    QCOMPARE(leafParts(report)[0][u"transfer_encoding"_s].toString(), u"7bit"_s);
    QVERIFY(normalized(leafParts(report)[0][u"text"_s].toString()).trimmed().isEmpty());

    // Empty parts inside a multipart, where the next boundary claims the only CRLF.
    builder.setHtml(u"<p></p>"_s);
    builder.addAttachmentFile(writeFile(u"empty.bin"_s, {}));
    builder.addAttachmentData({}, u"empty.txt"_s);
    report = composeAndInspect(builder);
    QVERIFY(!report.isEmpty());
    const QJsonArray leaves = leafParts(report);
    QCOMPARE(leaves.size(), 4);
    QCOMPARE(leaves[0][u"text"_s].toString(), QString());
    QCOMPARE(leaves[2][u"size"_s].toInt(), 0);
    QCOMPARE(leaves[2][u"filename"_s].toString(), u"empty.bin"_s);
    QCOMPARE(leaves[3][u"size"_s].toInt(), 0);
}

void TestCompose::twentyAttachments()
{
    MessageBuilder builder = baseBuilder();
    QList<QByteArray> contents;
    QStringList names;
    const QList<qsizetype> sizes{0,  1,  2,   3,   56,  57,   58,   113,  114,   171,
                                 76, 77, 100, 500, 999, 1000, 4096, 9999, 65536, 300001};
    for (int i = 0; i < 20; ++i) {
        contents.append(randomBytes(sizes[i], quint32(i + 100)));
        names.append(u"附件 %1 — 第%2份.bin"_s.arg(i).arg(i + 1));
        if (i % 2)
            builder.addAttachmentFile(writeFile(u"file%1.bin"_s.arg(i), contents.last()),
                                      names.last(), u"application/octet-stream"_s);
        else
            builder.addAttachmentData(contents.last(), names.last(), u"application/octet-stream"_s);
    }
    const QJsonObject report = composeAndInspect(builder);
    QVERIFY(!report.isEmpty());
    const QJsonArray leaves = leafParts(report);
    QCOMPARE(leaves.size(), 21);
    for (int i = 0; i < 20; ++i) {
        const QJsonObject part = leaves[i + 1].toObject();
        QCOMPARE(part[u"filename"_s].toString(), names[i]);
        QCOMPARE(part[u"name"_s].toString(), names[i]);
        QCOMPARE(part[u"size"_s].toInteger(), contents[i].size());
        QCOMPARE(part[u"sha256"_s].toString(), sha256(contents[i]));
    }
}

void TestCompose::injectionAttemptsAreRefused()
{
    const QStringList attempts{u"Hi\r\nBcc: evil@example.com"_s, u"Hi\nBcc: evil@example.com"_s,
                               u"Hi\rBcc: evil@example.com"_s, u"Hi\0"_s, u"xy\r\n\r\nbody"_s};
    for (const QString& attempt : attempts) {
        MessageBuilder builder = baseBuilder();
        builder.setSubject(attempt);
        MessageError error;
        QVERIFY(!builder.compose(&error));
        QCOMPARE(error.code(), MessageError::Code::ControlCharacter);
        QCOMPARE(error.field(), u"Subject"_s);
        QCOMPARE(error.position(), 2);

        QVERIFY(!Mailbox::parse(u"\""_s + attempt + u"\" <a@example.com>"_s, &error));
        QCOMPARE(error.code(), MessageError::Code::ControlCharacter);
        QVERIFY(!Mailbox::create(attempt, u"a@example.com"_s, &error));
        QCOMPARE(error.code(), MessageError::Code::ControlCharacter);
        QVERIFY(!AddressList::parse(u"a@example.com"_s + attempt.mid(2), &error));
        QCOMPARE(error.code(), MessageError::Code::ControlCharacter);

        MessageBuilder attachment = baseBuilder();
        attachment.addAttachmentData("x", attempt);
        QVERIFY(!attachment.compose(&error));
        QCOMPARE(error.code(), MessageError::Code::ControlCharacter);
        QCOMPARE(error.field(), u"Attachment"_s);

        MessageBuilder ids = baseBuilder();
        ids.setInReplyTo(u"<a@example.com>"_s + attempt);
        QVERIFY(!ids.compose(&error));
        QCOMPARE(error.code(), MessageError::Code::InvalidMessageId);
        QCOMPARE(error.field(), u"In-Reply-To"_s);
    }
    // Tabs are white space, not an attack.
    MessageBuilder tab = baseBuilder();
    tab.setSubject(u"a\tb"_s);
    const QJsonObject report = composeAndInspect(tab);
    QVERIFY(!report.isEmpty());
    QCOMPARE(report[u"headers"_s][u"Subject"_s].toString(), u"a\tb"_s);
}

void TestCompose::bccOnlyInEnvelope()
{
    MessageBuilder builder = baseBuilder();
    builder.setTo(addresses(u"A <a@example.com>, b@example.com"_s));
    builder.setCc(addresses(u"B@Example.com, c@example.com"_s));
    builder.setBcc(addresses(u"secret@example.com, A@EXAMPLE.COM"_s));
    const QJsonObject report = composeAndInspect(builder);
    QVERIFY(!report.isEmpty());
    QVERIFY(!report[u"field_names"_s].toArray().contains(u"Bcc"_s));
    QVERIFY(!m_lastMessage.contains("secret"));
    QCOMPARE(builder.envelopeRecipients(),
             (QStringList{u"a@example.com"_s, u"b@example.com"_s, u"c@example.com"_s,
                          u"secret@example.com"_s}));
    QCOMPARE(builder.envelopeSender(), u"sender@example.com"_s);
    builder.setEnvelopeSender(mailbox(u"bounces@example.com"_s));
    QCOMPARE(builder.envelopeSender(), u"bounces@example.com"_s);

    MessageBuilder bccOnly = baseBuilder();
    bccOnly.setTo({});
    bccOnly.setBcc(addresses(u"hidden@example.com"_s));
    const QJsonObject hidden = composeAndInspect(bccOnly);
    QVERIFY(!hidden.isEmpty());
    QCOMPARE(hidden[u"headers"_s][u"To"_s][u"groups"_s].toArray(),
             (QJsonArray{QJsonArray{u"undisclosed-recipients"_s, QJsonArray()}}));
    QVERIFY(!m_lastMessage.contains("hidden"));
    QCOMPARE(bccOnly.envelopeRecipients(), QStringList{u"hidden@example.com"_s});
}

void TestCompose::standardHeaders()
{
    MessageBuilder builder = baseBuilder();
    builder.setDate(QDateTime(QDate(2026, 11, 26), QTime(20, 48, 35), QTimeZone(8 * 3600)));
    builder.setInReplyTo(u"<orig.1@example.org>"_s);
    QStringList references;
    for (int i = 0; i < 30; ++i)
        references.append(u"<thread.%1.abcdefghijkl@mail.example.org>"_s.arg(i));
    builder.setReferences(references);
    const QJsonObject report = composeAndInspect(builder);
    QVERIFY(!report.isEmpty());
    const QJsonObject headers = report[u"headers"_s].toObject();
    QCOMPARE(headers[u"Date"_s].toString(), u"Thu, 26 Nov 2026 20:48:35 +0800"_s);
    QCOMPARE(headers[u"Date-ISO"_s].toString(), u"2026-11-26T20:48:35+08:00"_s);
    QCOMPARE(headers[u"MIME-Version"_s].toString(), u"1.0"_s);
    QCOMPARE(headers[u"User-Agent"_s].toString(), u"Hongyan/" HONGYAN_VERSION ""_s);
    QCOMPARE(headers[u"In-Reply-To"_s].toString(), u"<orig.1@example.org>"_s);
    QCOMPARE(headers[u"References"_s].toString().split(u' '), references);
    static const QRegularExpression id(u"^<[a-z2-7]{32}@example\\.com>$"_s);
    const QString messageId = headers[u"Message-ID"_s].toString();
    QVERIFY2(id.match(messageId).hasMatch(), qPrintable(messageId));
    QCOMPARE(builder.messageId(), messageId);
    QCOMPARE(report[u"field_names"_s].toArray(),
             (QJsonArray{u"Date"_s, u"From"_s, u"To"_s, u"Subject"_s, u"Message-ID"_s,
                         u"In-Reply-To"_s, u"References"_s, u"User-Agent"_s, u"MIME-Version"_s,
                         u"Content-Type"_s, u"Content-Transfer-Encoding"_s}));

    // A retry keeps the Message-ID; another message gets its own.
    QVERIFY(builder.compose());
    QCOMPARE(builder.messageId(), messageId);
    MessageBuilder other = baseBuilder();
    QVERIFY(other.compose());
    QVERIFY(other.messageId() != messageId);

    // Default date: now, with the local offset.
    MessageBuilder now = baseBuilder();
    const QJsonObject nowReport = composeAndInspect(now);
    const QDateTime parsed =
        QDateTime::fromString(nowReport[u"headers"_s][u"Date-ISO"_s].toString(), Qt::ISODate);
    QVERIFY(qAbs(parsed.secsTo(QDateTime::currentDateTime())) < 60);
    QCOMPARE(parsed.offsetFromUtc(), QDateTime::currentDateTime().offsetFromUtc());
}

void TestCompose::internationalDomainInHeaders()
{
    MessageBuilder builder;
    builder.setFrom(mailbox(u"\"张三\" <zhang@例子.中国>"_s));
    builder.setTo(addresses(u"li@例子.中国"_s));
    builder.setText(u"x"_s);
    const QJsonObject report = composeAndInspect(builder);
    QVERIFY(!report.isEmpty());
    QCOMPARE(report[u"headers"_s][u"From"_s][u"addresses"_s][0][1].toString(),
             u"zhang@xn--fsqu00a.xn--fiqs8s"_s);
    QVERIFY(
        report[u"headers"_s][u"Message-ID"_s].toString().endsWith(u"@xn--fsqu00a.xn--fiqs8s>"_s));
    QVERIFY(!builder.requiresSmtpUtf8());
    QCOMPARE(builder.envelopeRecipients(), QStringList{u"li@例子.中国"_s});
    QCOMPARE(builder.envelopeSender(), u"zhang@例子.中国"_s);
}

void TestCompose::internationalLocalPartNeedsSmtpUtf8()
{
    MessageBuilder builder;
    builder.setFrom(mailbox(u"\"张三\" <张三@例子.中国>"_s));
    builder.setTo(addresses(u"rcpt@example.com"_s));
    builder.setText(u"x"_s);
    QVERIFY(builder.requiresSmtpUtf8());
    const QJsonObject report = composeAndInspect(builder, true);
    QVERIFY(!report.isEmpty());
    QCOMPARE(report[u"headers"_s][u"From"_s][u"addresses"_s][0].toArray(),
             (QJsonArray{u"张三"_s, u"张三@xn--fsqu00a.xn--fiqs8s"_s}));
    QVERIFY(m_lastMessage.contains(u"<张三@xn--fsqu00a.xn--fiqs8s>"_s.toUtf8()));
}

void TestCompose::eightBitOnlyWhenAllowed()
{
    const QString text = u"你好，这是一封测试邮件。\n第二行。\n"_s;
    MessageBuilder builder = baseBuilder();
    builder.setText(text);
    QJsonObject report = composeAndInspect(builder);
    QVERIFY(!builder.requires8BitMime());
    QCOMPARE(leafParts(report)[0][u"transfer_encoding"_s].toString(), u"base64"_s);
    for (char c : m_lastMessage)
        QVERIFY(uchar(c) < 0x80);

    builder.setAllow8Bit(true);
    builder.addAttachmentData("x", u"a.txt"_s);
    report = composeAndInspect(builder);
    QVERIFY(!report.isEmpty());
    QVERIFY(builder.requires8BitMime());
    QCOMPARE(report[u"parts"_s][0][u"transfer_encoding"_s].toString(), u"8bit"_s);
    QCOMPARE(leafParts(report)[0][u"transfer_encoding"_s].toString(), u"8bit"_s);
    QCOMPARE(normalized(leafParts(report)[0][u"text"_s].toString()), text);
}

void TestCompose::sizeIsExactAndReadsAreConsistent()
{
    MessageBuilder builder = baseBuilder();
    builder.setHtml(u"<p>x</p>"_s);
    const QByteArray big = randomBytes(1000003, 5);
    builder.addAttachmentFile(writeFile(u"big.bin"_s, big));
    builder.addAttachmentData(randomBytes(777, 6), u"small.bin"_s);
    auto device = builder.compose();
    QVERIFY(device);
    const qint64 size = device->size();
    const QByteArray reference = EmlInspector::readAll(*device);
    QCOMPARE(reference.size(), size);
    QVERIFY(device->atEnd());
    const QJsonObject report = EmlInspector::inspect(reference);
    QCOMPARE(report[u"defects"_s].toArray(), QJsonArray());
    QCOMPARE(leafParts(report)[2][u"sha256"_s].toString(), sha256(big));
    QCOMPARE(device->read(10), QByteArray());

    // Any chunking gives the same bytes, and seek(0) restarts (a retry).
    for (qint64 chunk : {1, 2, 3, 77, 78, 79, 4096, 65537, 256 * 1024, 1 << 22}) {
        QVERIFY(device->seek(0));
        QByteArray bytes;
        QByteArray buffer(chunk, Qt::Uninitialized);
        const qint64 limit = chunk < 100 ? 300000 : size;
        while (bytes.size() < limit) {
            const qint64 n = device->read(buffer.data(), chunk);
            QVERIFY(n >= 0);
            if (n == 0)
                break;
            bytes.append(buffer.constData(), n);
        }
        QCOMPARE(bytes, reference.left(bytes.size()));
        if (limit == size)
            QCOMPARE(bytes.size(), size);
    }

    // Arbitrary seeks land on the same bytes.
    QRandomGenerator generator(9);
    for (int i = 0; i < 200; ++i) {
        const qint64 position = generator.bounded(size);
        const qint64 length = generator.bounded(1, 5000);
        QVERIFY(device->seek(position));
        QCOMPARE(device->pos(), position);
        QCOMPARE(device->read(length), reference.mid(position, length));
    }
    QVERIFY(!device->seek(size + 1));
    QVERIFY(device->seek(size));
    QVERIFY(device->atEnd());
}

void TestCompose::vanishedAttachmentIsAReadError()
{
    MessageBuilder builder = baseBuilder();
    const QString path = writeFile(u"vanishing.bin"_s, randomBytes(500000, 3));
    builder.addAttachmentFile(path);
    auto device = builder.compose();
    QVERIFY(device);
    QVERIFY(QFile::remove(path));
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = device->read(buffer.data(), buffer.size())) > 0) {
    }
    QCOMPARE(n, qint64(-1));
    QVERIFY2(device->errorString().contains(path), qPrintable(device->errorString()));
    QCOMPARE(device->lastError().code(), MessageError::Code::FileNotReadable);
    QCOMPARE(device->lastError().field(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!device->atEnd());
}

void TestCompose::resizedAttachmentIsAReadError()
{
    for (const bool grow : {true, false}) {
        MessageBuilder builder = baseBuilder();
        const QString path = writeFile(u"changing.bin"_s, randomBytes(300000, 4));
        builder.addAttachmentFile(path);
        auto device = builder.compose();
        QVERIFY(device);
        const QByteArray head = device->read(100);
        QCOMPARE(head.size(), 100);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(grow ? file.seek(file.size()) && file.write("more") == 4 : file.resize(1000));
        file.close();
        QByteArray buffer(256 * 1024, Qt::Uninitialized);
        qint64 n = 0;
        while ((n = device->read(buffer.data(), buffer.size())) > 0) {
        }
        QCOMPARE(n, qint64(-1));
        QCOMPARE(device->lastError().code(), MessageError::Code::FileChanged);
        // Said as a note the GUI translates; errorString() is its English text.
        const Note expected =
            Note::of("attachment %1 changed after it was added: it had %2 bytes, now it has %3",
                     QFileInfo(path).absoluteFilePath(), 300000, grow ? 300004 : 1000);
        QCOMPARE(device->readFailure(), expected);
        QCOMPARE(readFailureOf(*device), expected);
        QCOMPARE(device->errorString(), expected.text());
    }
}

void TestCompose::attachmentCutShortWhileReadIsAReadError()
{
    MessageBuilder builder = baseBuilder();
    const QString path = writeFile(u"cut.bin"_s, randomBytes(3000000, 5));
    builder.addAttachmentFile(path);
    auto device = builder.compose();
    QVERIFY(device);
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    // Into the attachment, so its file is open, then it loses its end.
    while (device->pos() < 200000)
        QVERIFY(device->read(buffer.data(), buffer.size()) > 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite) && file.resize(100000));
    file.close();
    qint64 n = 0;
    while ((n = device->read(buffer.data(), buffer.size())) > 0) {
    }
    QCOMPARE(n, qint64(-1));
    QCOMPARE(device->lastError().code(), MessageError::Code::FileChanged);
    QCOMPARE(device->readFailure(),
             Note::of("attachment %1 changed after it was added: it is shorter than before",
                      QFileInfo(path).absoluteFilePath()));
}

void TestCompose::missingAttachmentIsRefused()
{
    MessageBuilder builder = baseBuilder();
    const QString path = m_dir->filePath(u"nothing-here.pdf"_s);
    builder.addAttachmentFile(path);
    MessageError error;
    QVERIFY(!builder.compose(&error));
    QCOMPARE(error.code(), MessageError::Code::FileNotReadable);
    QCOMPARE(error.field(), path);

    MessageBuilder noFrom;
    noFrom.setText(u"x"_s);
    QVERIFY(!noFrom.compose(&error));
    QCOMPARE(error.code(), MessageError::Code::MissingFrom);

    MessageBuilder badType = baseBuilder();
    badType.addAttachmentData("x", u"x"_s, u"not a type"_s);
    QVERIFY(!badType.compose(&error));
    QCOMPARE(error.code(), MessageError::Code::InvalidMimeType);
    QCOMPARE(error.text(), u"not a type"_s);

    MessageBuilder badId = baseBuilder();
    badId.setHtml(u"<img>"_s);
    badId.addInlineImageData("x", u"x.png"_s, u"no at sign"_s);
    QVERIFY(!badId.compose(&error));
    QCOMPARE(error.code(), MessageError::Code::InvalidContentId);
}

void TestCompose::writesEml()
{
    MessageBuilder builder = baseBuilder();
    builder.addAttachmentFile(writeFile(u"data.bin"_s, randomBytes(700000, 8)));
    auto device = builder.compose();
    QVERIFY(device);
    const QByteArray expected = EmlInspector::readAll(*device);
    device->read(1000);
    const QString path = m_dir->filePath(u"out.eml"_s);
    MessageError error;
    QVERIFY2(EmlWriter::write(*device, path, &error), qPrintable(error.toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);
    QCOMPARE(EmlInspector::inspect(expected)[u"defects"_s].toArray(), QJsonArray());

    MessageError writeError;
    QVERIFY(!EmlWriter::write(*device, m_dir->filePath(u"missing-dir/out.eml"_s), &writeError));
    QCOMPARE(writeError.code(), MessageError::Code::FileWriteFailed);

    const QString source = writeFile(u"gone.bin"_s, randomBytes(1000, 9));
    MessageBuilder gone = baseBuilder();
    gone.addAttachmentFile(source);
    auto goneDevice = gone.compose();
    QVERIFY(goneDevice);
    QFile::remove(source);
    const QString target = m_dir->filePath(u"partial.eml"_s);
    QVERIFY(!EmlWriter::write(*goneDevice, target, &writeError));
    QCOMPARE(writeError.code(), MessageError::Code::FileNotReadable);
    QVERIFY2(!QFile::exists(target), "a failed write leaves no file");
}

QTEST_GUILESS_MAIN(TestCompose)
#include "tst_compose.moc"
