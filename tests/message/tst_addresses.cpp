#include "addresslist.h"
#include "headerfield.h"
#include "mailbox.h"
#include "messagebuilder.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace smtp;

Q_DECLARE_METATYPE(smtp::MessageError::Code)

class TestAddresses : public QObject
{
    Q_OBJECT

private slots:
    void parseMailbox_data();
    void parseMailbox();
    void parseList();
    void parseGroups();
    void invalidInput_data();
    void invalidInput();
    void singleMailboxOnly();
    void createFromParts();
    void errorNamesField();
    void internationalDomain();
    void internationalLocalPart();
    void headerForm_data();
    void headerForm();
    void headerFormRoundTrip_data();
    void headerFormRoundTrip();
    void groupNamesRefuseControlCharacters();
    void encodedControlsNeverDropAddresses_data();
    void encodedControlsNeverDropAddresses();
    void displayForm();
};

void TestAddresses::parseMailbox_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::newRow("quoted Chinese name")
        << u"\"张三\" <zhang@example.com>"_s << u"张三"_s << u"zhang@example.com"_s;
    QTest::newRow("unquoted name")
        << u"Zhang San <zhang@example.com>"_s << u"Zhang San"_s << u"zhang@example.com"_s;
    QTest::newRow("unquoted Chinese name")
        << u"张三 <zhang@例子.中国>"_s << u"张三"_s << u"zhang@例子.中国"_s;
    QTest::newRow("bare") << u"zhang@example.com"_s << QString() << u"zhang@example.com"_s;
    QTest::newRow("angle only") << u"<zhang@example.com>"_s << QString() << u"zhang@example.com"_s;
    QTest::newRow("spaces and comment")
        << u"  zhang@example.com  (Zhang San) "_s << QString() << u"zhang@example.com"_s;
    QTest::newRow("comma in quotes")
        << u"\"Li, Si\" <li@example.com>"_s << u"Li, Si"_s << u"li@example.com"_s;
    QTest::newRow("escaped quote")
        << u"\"a \\\"b\\\" c\" <x@example.com>"_s << u"a \"b\" c"_s << u"x@example.com"_s;
    QTest::newRow("encoded word") << u"=?UTF-8?B?5byg5LiJ?= <zhang@example.com>"_s << u"张三"_s
                                  << u"zhang@example.com"_s;
    QTest::newRow("GBK encoded word")
        << u"=?GBK?B?xOO6ww==?= <x@example.com>"_s << u"你好"_s << u"x@example.com"_s;
    QTest::newRow("dots in name") << u"John Q. Public <john@example.com>"_s << u"John Q. Public"_s
                                  << u"john@example.com"_s;
    QTest::newRow("quoted local part")
        << u"\"john doe\"@example.com"_s << QString() << u"\"john doe\"@example.com"_s;
    QTest::newRow("needless quotes")
        << u"\"john.doe\"@example.com"_s << QString() << u"john.doe@example.com"_s;
    QTest::newRow("domain literal") << u"root@[192.0.2.1]"_s << QString() << u"root@[192.0.2.1]"_s;
    QTest::newRow("UTF-8 local part") << u"用户@例子.中国"_s << QString() << u"用户@例子.中国"_s;
    QTest::newRow("plus and tag") << u"a+tag@sub.example.com"_s << QString()
                                  << u"a+tag@sub.example.com"_s;
    QTest::newRow("obsolete spaces around @")
        << u"zhang @ example.com"_s << QString() << u"zhang@example.com"_s;
    QTest::newRow("localhost") << u"root@localhost"_s << QString() << u"root@localhost"_s;
    QTest::newRow("ideographic and no-break spaces")
        << u"张三\u3000<zhang@example.com>\u00a0"_s << u"张三"_s << u"zhang@example.com"_s;
}

void TestAddresses::parseMailbox()
{
    QFETCH(QString, input);
    QFETCH(QString, name);
    QFETCH(QString, address);
    MessageError error;
    const auto mailbox = Mailbox::parse(input, &error);
    QVERIFY2(mailbox, qPrintable(error.toString()));
    QCOMPARE(mailbox->displayName(), name);
    QCOMPARE(mailbox->address(), address);
    QVERIFY(!error.isError());
}

void TestAddresses::parseList()
{
    const auto list = AddressList::parse(
        u"\"张三\" <zhang@example.com>, Zhang San <zs@example.com>; bare@example.com,,"
        " \"Wang, Wu\" <wang@example.com>,"_s);
    QVERIFY(list);
    const QList<Mailbox> mailboxes = list->mailboxes();
    QCOMPARE(mailboxes.size(), 4);
    QCOMPARE(mailboxes[0].displayName(), u"张三"_s);
    QCOMPARE(mailboxes[1].address(), u"zs@example.com"_s);
    QCOMPARE(mailboxes[2].address(), u"bare@example.com"_s);
    QCOMPARE(mailboxes[3].displayName(), u"Wang, Wu"_s);

    const auto empty = AddressList::parse(u"  "_s);
    QVERIFY(empty && empty->isEmpty());
}

void TestAddresses::parseGroups()
{
    const auto list = AddressList::parse(
        u"Team: a@example.com, \"X, Y\" <xy@example.com>;, z@example.com, undisclosed-recipients:;"_s);
    QVERIFY(list);
    const QList<AddressList::Entry> entries = list->entries();
    QCOMPARE(entries.size(), 3);
    QVERIFY(entries[0].isGroup);
    QCOMPARE(entries[0].groupName, u"Team"_s);
    QCOMPARE(entries[0].mailboxes.size(), 2);
    QCOMPARE(entries[0].mailboxes[1].displayName(), u"X, Y"_s);
    QVERIFY(!entries[1].isGroup);
    QVERIFY(entries[2].isGroup);
    QCOMPARE(entries[2].groupName, u"undisclosed-recipients"_s);
    QVERIFY(entries[2].mailboxes.isEmpty());
    QCOMPARE(list->mailboxes().size(), 3);
}

void TestAddresses::invalidInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<MessageError::Code>("code");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("text");
    using Code = MessageError::Code;
    QTest::newRow("no @") << u"zhang"_s << Code::MissingAtSign << qsizetype(0) << u"zhang"_s;
    QTest::newRow("no @ in brackets")
        << u"Zhang <zhang>"_s << Code::MissingAtSign << qsizetype(7) << u"zhang"_s;
    QTest::newRow("empty domain") << u"zhang@"_s << Code::EmptyDomain << qsizetype(6) << QString();
    QTest::newRow("empty local part")
        << u"@example.com"_s << Code::EmptyLocalPart << qsizetype(0) << QString();
    QTest::newRow("name without brackets")
        << u"a@example.com, Zhang San zhang@example.com"_s << Code::MissingAngleAddress
        << qsizetype(15) << u"Zhang San zhang@example.com"_s;
    QTest::newRow("name only") << u"Zhang San"_s << Code::MissingAngleAddress << qsizetype(0)
                               << u"Zhang San"_s;
    QTest::newRow("missing >") << u"Zhang <zhang@example.com"_s << Code::UnterminatedAngleAddress
                               << qsizetype(24) << u"Zhang <zhang@example.com"_s;
    QTest::newRow("open quote") << u"\"Zhang <zhang@example.com>"_s
                                << Code::UnterminatedQuotedString << qsizetype(0)
                                << u"\"Zhang <zhang@example.com>"_s;
    QTest::newRow("space in domain")
        << u"zhang@exa mple.com"_s << Code::UnexpectedCharacter << qsizetype(10) << u"m"_s;
    QTest::newRow("hyphen label") << u"zhang@-example.com"_s << Code::InvalidDomain << qsizetype(6)
                                  << u"-example.com"_s;
    QTest::newRow("underscore domain")
        << u"x@exa_mple.com"_s << Code::InvalidDomain << qsizetype(2) << u"exa_mple.com"_s;
    QTest::newRow("empty label") << u"x@example..com"_s << Code::InvalidDomain << qsizetype(2)
                                 << u"example..com"_s;
    QTest::newRow("long label") << u"x@"_s + QString(64, u'a') + u".com"_s << Code::InvalidDomain
                                << qsizetype(2) << QString(64, u'a') + u".com"_s;
    QTest::newRow("double dot") << u"zhang..san@example.com"_s << Code::InvalidLocalPart
                                << qsizetype(0) << u"zhang..san"_s;
    QTest::newRow("local part too long")
        << QString(65, u'a') + u"@example.com"_s << Code::AddressTooLong << qsizetype(0)
        << QString(65, u'a');
    QTest::newRow("group without ;")
        << u"Team: a@example.com"_s << Code::UnterminatedGroup << qsizetype(0) << u"Team"_s;
    QTest::newRow("nested group") << u"A: B: c@example.com;;"_s << Code::NestedGroup << qsizetype(4)
                                  << u"B"_s;
    QTest::newRow("stray >") << u"a@example.com>"_s << Code::UnexpectedCharacter << qsizetype(13)
                             << u">"_s;
    QTest::newRow("open comment") << u"a@example.com (note"_s << Code::UnterminatedComment
                                  << qsizetype(14) << u"(note"_s;
    QTest::newRow("CRLF injection after address")
        << u"zhang@example.com\r\nBcc: evil@example.com"_s << Code::ControlCharacter
        << qsizetype(17) << u"U+000D"_s;
    QTest::newRow("CRLF injection in name")
        << u"\"Zhang\r\nBcc: evil@example.com\" <z@example.com>"_s << Code::ControlCharacter
        << qsizetype(6) << u"U+000D"_s;
    QTest::newRow("LF in name") << u"Zhang\nBcc: evil@example.com <z@example.com>"_s
                                << Code::ControlCharacter << qsizetype(5) << u"U+000A"_s;
    QTest::newRow("NUL") << u"z@example.com\0"_s << Code::ControlCharacter << qsizetype(13)
                         << u"U+0000"_s;
    QTest::newRow("CR in local part")
        << u"zh\rang@example.com"_s << Code::ControlCharacter << qsizetype(2) << u"U+000D"_s;
    QTest::newRow("line separator")
        << u"z\u2028@example.com"_s << Code::ControlCharacter << qsizetype(1) << u"U+2028"_s;
}

void TestAddresses::invalidInput()
{
    QFETCH(QString, input);
    QFETCH(MessageError::Code, code);
    QFETCH(qsizetype, position);
    QFETCH(QString, text);
    MessageError error;
    QVERIFY(!AddressList::parse(input, &error, u"To"_s));
    QCOMPARE(error.code(), code);
    QCOMPARE(error.position(), position);
    QCOMPARE(error.text(), text);
    QCOMPARE(error.field(), u"To"_s);
    QVERIFY(error.toString().contains(u"To: "_s));
}

void TestAddresses::singleMailboxOnly()
{
    MessageError error;
    QVERIFY(!Mailbox::parse(u"a@example.com, b@example.com"_s, &error));
    QCOMPARE(error.code(), MessageError::Code::NotASingleMailbox);
    QVERIFY(!Mailbox::parse(u"Team: a@example.com;"_s, &error));
    QCOMPARE(error.code(), MessageError::Code::NotASingleMailbox);
    QVERIFY(!Mailbox::parse(u"  "_s, &error, u"From"_s));
    QCOMPARE(error.code(), MessageError::Code::EmptyInput);
    QCOMPARE(error.field(), u"From"_s);
}

void TestAddresses::createFromParts()
{
    MessageError error;
    const auto mailbox = Mailbox::create(u"张三"_s, u"zhang@example.com"_s, &error);
    QVERIFY(mailbox);
    QCOMPARE(mailbox->displayName(), u"张三"_s);

    QVERIFY(
        !Mailbox::create(u"张\r\nBcc: evil@example.com"_s, u"z@example.com"_s, &error, u"From"_s));
    QCOMPARE(error.code(), MessageError::Code::ControlCharacter);
    QCOMPARE(error.position(), 1);
    QCOMPARE(error.field(), u"From"_s);

    QVERIFY(!Mailbox::create(u"Zhang"_s, u"z@example.com\r\nBcc: evil@example.com"_s, &error));
    QCOMPARE(error.code(), MessageError::Code::ControlCharacter);
    QCOMPARE(error.position(), 13);

    QVERIFY(!Mailbox::create(u"Zhang"_s, u"Zhang <z@example.com>"_s, &error));
    QCOMPARE(error.code(), MessageError::Code::UnexpectedCharacter);
}

void TestAddresses::errorNamesField()
{
    MessageError error;
    QVERIFY(!AddressList::parse(u"ok@example.com, bad@@example.com"_s, &error, u"Cc"_s));
    QCOMPARE(error.field(), u"Cc"_s);
    QCOMPARE(error.position(), 20);
    QCOMPARE(error.text(), u"@"_s);
    QCOMPARE(error.toString(), u"Cc: unexpected character \"@\" at position 20"_s);
}

void TestAddresses::internationalDomain()
{
    const auto mailbox = Mailbox::parse(u"\"张三\" <zhang@例子.中国>"_s);
    QVERIFY(mailbox);
    QCOMPARE(mailbox->address(), u"zhang@例子.中国"_s);
    QCOMPARE(mailbox->headerAddress(), QByteArray("zhang@xn--fsqu00a.xn--fiqs8s"));
    QVERIFY(mailbox->hasInternationalDomain());
    QVERIFY(!mailbox->hasInternationalLocalPart());

    HeaderField field("From");
    mailbox->appendTo(field);
    QCOMPARE(field.toBytes().value(),
             QByteArray("From: =?UTF-8?B?5byg5LiJ?= <zhang@xn--fsqu00a.xn--fiqs8s>\r\n"));

    MessageBuilder builder;
    builder.setFrom(*mailbox);
    builder.setTo(*AddressList::parse(u"li@例子.中国"_s));
    QVERIFY(!builder.requiresSmtpUtf8());
}

void TestAddresses::internationalLocalPart()
{
    const auto mailbox = Mailbox::parse(u"用户 <用户@例子.中国>"_s);
    QVERIFY(mailbox);
    QVERIFY(mailbox->hasInternationalLocalPart());
    QCOMPARE(mailbox->headerAddress(), u"用户@xn--fsqu00a.xn--fiqs8s"_s.toUtf8());

    MessageBuilder builder;
    builder.setFrom(*Mailbox::parse(u"a@example.com"_s));
    QVERIFY(!builder.requiresSmtpUtf8());
    builder.setBcc(*AddressList::parse(u"用户@例子.中国"_s));
    QVERIFY2(!builder.requiresSmtpUtf8(), "Bcc never appears in a header");
    builder.setCc(*AddressList::parse(u"用户@例子.中国"_s));
    QVERIFY(builder.requiresSmtpUtf8());
}

void TestAddresses::headerForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("mixed list")
        << u"\"张三\" <zhang@example.com>, \"Li, Si\" <li@example.com>, Wang Wu <w@example.com>"_s
        << QByteArray(
               "To: =?UTF-8?B?5byg5LiJ?= <zhang@example.com>, \"Li, Si\" <li@example.com>,\r\n"
               " Wang Wu <w@example.com>\r\n");
    QTest::newRow("group") << u"Team: a@example.com, b@example.com;"_s
                           << QByteArray("To: Team: a@example.com, b@example.com;\r\n");
    QTest::newRow("encoded group name")
        << u"团队: a@example.com;"_s << QByteArray("To: =?UTF-8?B?5Zui6Zif?= : a@example.com;\r\n");
    QTest::newRow("dots quoted") << u"John Q. Public <john@example.com>"_s
                                 << QByteArray("To: \"John Q. Public\" <john@example.com>\r\n");
    QTest::newRow("name that looks encoded")
        << u"\"=?UTF-8?B?5byg5LiJ?=\" <x@example.com>"_s
        << QByteArray("To: =?UTF-8?B?PT9VVEYtOD9CPzVieWc1TGlKPz0=?= <x@example.com>\r\n");
    QTest::newRow("long ASCII name folds between words")
        << u"Department of Very Long Names and Even Longer Titles in the Beijing Office "
           "<d@example.com>"_s
        << QByteArray(
               "To: Department of Very Long Names and Even Longer Titles in the Beijing Office\r\n"
               " <d@example.com>\r\n");
}

void TestAddresses::headerForm()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    const auto list = AddressList::parse(input);
    QVERIFY(list);
    HeaderField field("To");
    list->appendTo(field);
    QCOMPARE(field.toBytes().value(), expected);
}

void TestAddresses::headerFormRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Chinese") << u"张三"_s;
    QTest::newRow("long Chinese")
        << u"北京鸿雁科技有限公司市场部客户服务中心华北大区第三分部值班经理张三丰"_s;
    QTest::newRow("specials") << u"a \"b\" \\c (d) <e>, f; g: h@i"_s;
    QTest::newRow("looks encoded") << u"=?UTF-8?Q?x?="_s;
    QTest::newRow("emoji") << u"小明 😀"_s;
    QTest::newRow("double spaces") << u"a  b"_s;
    QTest::newRow("leading space") << u" a"_s;
    QTest::newRow("tab") << u"a\tb"_s;
    QTest::newRow("long ASCII") << u"Department of Very Long Names and Even Longer Titles"_s;
}

void TestAddresses::headerFormRoundTrip()
{
    QFETCH(QString, name);
    const auto mailbox = Mailbox::create(name, u"x@example.com"_s);
    QVERIFY(mailbox);
    AddressList list;
    list.append(*mailbox);
    list.append(*Mailbox::create(name, u"y@example.com"_s));
    HeaderField field("To");
    list.appendTo(field);
    const QByteArray bytes = field.toBytes().value();
    for (const QByteArray& line : bytes.split('\n'))
        QVERIFY2(line.size() <= 79, line.constData());
    QByteArray unfolded = bytes.mid(3).trimmed();
    unfolded.replace("\r\n", "");
    const auto parsed = AddressList::parse(QString::fromLatin1(unfolded));
    QVERIFY2(parsed, unfolded.constData());
    QCOMPARE(parsed->mailboxes().size(), 2);
    QCOMPARE(parsed->mailboxes()[0].displayName(), name);
    QCOMPARE(parsed->mailboxes()[1].address(), u"y@example.com"_s);
}

void TestAddresses::groupNamesRefuseControlCharacters()
{
    AddressList list;
    QVERIFY(!list.appendGroup(u"Team\r\nBcc: evil@example.com"_s, {}));
    QVERIFY(!list.appendGroup(u"Team\0"_s, {}));
    QVERIFY(list.isEmpty());
    QVERIFY(list.appendGroup(u"团队"_s, {*Mailbox::parse(u"a@example.com"_s)}));
    QVERIFY(list.appendGroup(QString(), {*Mailbox::parse(u"b@example.com"_s)}));
    QCOMPARE(list.entries().size(), 2);
    QVERIFY(list.entries()[0].isGroup);
    QVERIFY(!list.entries()[1].isGroup);
}

void TestAddresses::encodedControlsNeverDropAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QString>("name"); // of the first entry, group or mailbox
    QTest::addRow("group name decodes to LF")
        << u"=?UTF-8?Q?Team=0A?=: member@example.org;, other@example.org"_s
        << QStringList{u"member@example.org"_s, u"other@example.org"_s} << u"Team\uFFFD"_s;
    QTest::addRow("group name decodes to CR LF and NUL")
        << u"=?UTF-8?B?VGVhbQ0KAA==?=: a@example.org, b@example.org;"_s
        << QStringList{u"a@example.org"_s, u"b@example.org"_s} << u"Team\uFFFD\uFFFD\uFFFD"_s;
    QTest::addRow("group name decodes to a C1 control")
        << u"=?UTF-8?Q?T=C2=9Bx?=: a@example.org;"_s << QStringList{u"a@example.org"_s}
        << u"T\uFFFDx"_s;
    QTest::addRow("display name decodes to LF")
        << u"=?UTF-8?Q?Bob=0ABcc=3A_x?= <bob@example.org>"_s << QStringList{u"bob@example.org"_s}
        << u"Bob\uFFFDBcc: x"_s;
}

void TestAddresses::encodedControlsNeverDropAddresses()
{
    // An encoded word may decode to a control character: the name shows it as U+FFFD, and
    // every address stays (found by fuzzing: the whole group used to vanish).
    QFETCH(QString, text);
    QFETCH(QStringList, addresses);
    QFETCH(QString, name);
    MessageError error;
    const auto list = AddressList::parse(text, &error, u"To"_s);
    QVERIFY2(list, qPrintable(error.toString()));
    QStringList parsed;
    for (const Mailbox& mailbox : list->mailboxes())
        parsed.append(mailbox.address());
    QCOMPARE(parsed, addresses);
    const AddressList::Entry first = list->entries().first();
    QCOMPARE(first.isGroup ? first.groupName : first.mailboxes.first().displayName(), name);
    // Written out again, the field is one field, and reads back to the same addresses.
    HeaderField field("To");
    list->appendTo(field);
    const QByteArray bytes = field.toBytes().value();
    QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
    QVERIFY2(!bytes.contains("\r\nBcc"), bytes.constData());
}

void TestAddresses::displayForm()
{
    QCOMPARE(Mailbox::parse(u"\"Li, Si\" <li@example.com>"_s)->toString(),
             u"\"Li, Si\" <li@example.com>"_s);
    QCOMPARE(Mailbox::parse(u"张三 <zhang@例子.中国>"_s)->toString(),
             u"\"张三\" <zhang@例子.中国>"_s);
    QCOMPARE(Mailbox::parse(u"Zhang San <z@example.com>"_s)->toString(),
             u"Zhang San <z@example.com>"_s);
    QCOMPARE(AddressList::parse(u"T: a@example.com, b@example.com;, c@example.com"_s)->toString(),
             u"T: a@example.com, b@example.com;, c@example.com"_s);
}

QTEST_GUILESS_MAIN(TestAddresses)
#include "tst_addresses.moc"
