// SaslAuthenticator: the exact bytes of each mechanism (published test vectors where they
// exist), the bound on challenges, the choice of mechanism, and no secret in any transcript.

#include "saslauthenticator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using smtp::AuthMethod;
using smtp::Command;
using smtp::Credentials;
using smtp::SaslAuthenticator;
using Mechanism = smtp::SaslAuthenticator::Mechanism;

namespace {

Credentials password(const QString& user, const QString& secret)
{
    return {user, secret, Credentials::Kind::Password};
}

Credentials token(const QString& user, const QString& secret)
{
    return {user, secret, Credentials::Kind::OAuthToken};
}

// Neither the secret nor any base64 form of it may appear in what the transcript shows.
void verifyRedacted(const Command& command, const Credentials& credentials)
{
    const QString shown = command.transcriptText();
    const QByteArray secret = credentials.secret.toUtf8();
    QVERIFY2(!shown.contains(credentials.secret), qPrintable(shown));
    QVERIFY2(!shown.contains(QString::fromLatin1(secret.toBase64())), qPrintable(shown));
    // Whatever the command carries after the mechanism name is a credential.
    const QList<QByteArray> words = command.wire().trimmed().split(' ');
    const QByteArray payload =
        command.kind() == Command::Kind::Auth ? words.value(2) : words.value(0);
    if (payload.size() > 2)
        QVERIFY2(!shown.contains(QString::fromLatin1(payload)), qPrintable(shown));
}

} // namespace

class TestSaslAuthenticator : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void plain();
    void plainWithNonAsciiCredentials();
    void login();
    void cramMd5Rfc2195Example();
    void cramMd5MalformedChallenge();
    void xoauth2();
    void oauthBearer();
    void challengesAreBounded_data();
    void challengesAreBounded();
    void choose_data();
    void choose();
    void describeChallenge();
};

void TestSaslAuthenticator::names()
{
    QCOMPARE(SaslAuthenticator::name(Mechanism::Plain), QByteArray("PLAIN"));
    QCOMPARE(SaslAuthenticator::name(Mechanism::Login), QByteArray("LOGIN"));
    QCOMPARE(SaslAuthenticator::name(Mechanism::CramMd5), QByteArray("CRAM-MD5"));
    QCOMPARE(SaslAuthenticator::name(Mechanism::XOAuth2), QByteArray("XOAUTH2"));
    QCOMPARE(SaslAuthenticator::name(Mechanism::OAuthBearer), QByteArray("OAUTHBEARER"));
}

void TestSaslAuthenticator::plain()
{
    // RFC 4616: authzid (empty) NUL authcid NUL passwd, sent as the initial response.
    const Credentials credentials = password(u"user"_s, u"pass"_s);
    SaslAuthenticator sasl(Mechanism::Plain, credentials, u"mx.test"_s, 587);
    const Command command = sasl.initialCommand();
    QVERIFY(command.isValid());
    QCOMPARE(command.kind(), Command::Kind::Auth);
    QCOMPARE(command.wire(), QByteArray("AUTH PLAIN AHVzZXIAcGFzcw==\r\n"));
    QCOMPARE(QByteArray::fromBase64("AHVzZXIAcGFzcw=="), QByteArray("\0user\0pass", 10));
    QVERIFY(command.transcriptText().startsWith(u"AUTH PLAIN"_s));
    verifyRedacted(command, credentials);
}

void TestSaslAuthenticator::plainWithNonAsciiCredentials()
{
    // SASL strings are UTF-8 (RFC 4616 §2).
    const Credentials credentials = password(u"张三@例子.中国"_s, u"密码-пароль"_s);
    SaslAuthenticator sasl(Mechanism::Plain, credentials, u"mx.test"_s, 465);
    const Command command = sasl.initialCommand();
    const QByteArray expected =
        '\0' + credentials.user.toUtf8() + '\0' + credentials.secret.toUtf8();
    QCOMPARE(command.wire(), "AUTH PLAIN " + expected.toBase64() + "\r\n");
    verifyRedacted(command, credentials);
}

void TestSaslAuthenticator::login()
{
    const Credentials credentials = password(u"user"_s, u"pass"_s);
    SaslAuthenticator sasl(Mechanism::Login, credentials, u"mx.test"_s, 587);
    const Command initial = sasl.initialCommand();
    QCOMPARE(initial.wire(), QByteArray("AUTH LOGIN\r\n"));

    const std::optional<Command> user = sasl.respond("VXNlcm5hbWU6"); // "Username:"
    QVERIFY(user.has_value());
    QCOMPARE(user->kind(), Command::Kind::AuthResponse);
    QCOMPARE(user->wire(), QByteArray("dXNlcg==\r\n"));
    verifyRedacted(*user, credentials);

    const std::optional<Command> pass = sasl.respond("UGFzc3dvcmQ6"); // "Password:"
    QVERIFY(pass.has_value());
    QCOMPARE(pass->wire(), QByteArray("cGFzcw==\r\n"));
    verifyRedacted(*pass, credentials);
    QCOMPARE(sasl.challengesAnswered(), 2);
}

void TestSaslAuthenticator::cramMd5Rfc2195Example()
{
    const Credentials credentials = password(u"tim"_s, u"tanstaaftanstaaf"_s);
    SaslAuthenticator sasl(Mechanism::CramMd5, credentials, u"postoffice.reston.mci.net"_s, 25);
    QCOMPARE(sasl.initialCommand().wire(), QByteArray("AUTH CRAM-MD5\r\n"));
    const QByteArray challenge =
        QByteArray("<1896.697170952@postoffice.reston.mci.net>").toBase64();
    const std::optional<Command> response = sasl.respond(challenge);
    QVERIFY(response.has_value());
    QCOMPARE(response->wire(), QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\r\n"));
    verifyRedacted(*response, credentials);
}

void TestSaslAuthenticator::cramMd5MalformedChallenge()
{
    SaslAuthenticator sasl(Mechanism::CramMd5, password(u"tim"_s, u"secret"_s), u"mx"_s, 25);
    QVERIFY(!sasl.respond("not base64 at all!").has_value());
}

void TestSaslAuthenticator::xoauth2()
{
    const Credentials credentials = token(u"U"_s, u"T0k3n-ya29.a0Af"_s);
    SaslAuthenticator sasl(Mechanism::XOAuth2, credentials, u"smtp.gmail.com"_s, 587);
    const Command command = sasl.initialCommand();
    const QByteArray payload = "user=U\x01"
                               "auth=Bearer T0k3n-ya29.a0Af\x01\x01";
    QCOMPARE(command.wire(), "AUTH XOAUTH2 " + payload.toBase64() + "\r\n");
    verifyRedacted(command, credentials);

    const QByteArray shortPayload("user=U\x01"
                                  "auth=Bearer T\x01\x01");
    SaslAuthenticator vector(Mechanism::XOAuth2, token(u"U"_s, u"T"_s), u"h"_s, 1);
    QCOMPARE(vector.initialCommand().wire(),
             QByteArray("AUTH XOAUTH2 dXNlcj1VAWF1dGg9QmVhcmVyIFQBAQ==\r\n"));
    QCOMPARE(QByteArray::fromBase64("dXNlcj1VAWF1dGg9QmVhcmVyIFQBAQ=="), shortPayload);
}

void TestSaslAuthenticator::oauthBearer()
{
    // RFC 7628 §3.1: gs2 header with the authzid, then host, port and auth key-value pairs.
    const Credentials credentials = token(u"U"_s, u"T"_s);
    SaslAuthenticator sasl(Mechanism::OAuthBearer, credentials, u"H"_s, 587);
    const Command command = sasl.initialCommand();
    QCOMPARE(
        command.wire(),
        QByteArray("AUTH OAUTHBEARER bixhPVUsAWhvc3Q9SAFwb3J0PTU4NwFhdXRoPUJlYXJlciBUAQE=\r\n"));
    QCOMPARE(QByteArray::fromBase64("bixhPVUsAWhvc3Q9SAFwb3J0PTU4NwFhdXRoPUJlYXJlciBUAQE="),
             QByteArray("n,a=U,\x01host=H\x01port=587\x01"
                        "auth=Bearer T\x01\x01"));

    const Credentials longer = token(u"user@example.com"_s, u"ya29.secret-token"_s);
    SaslAuthenticator real(Mechanism::OAuthBearer, longer, u"smtp.example.com"_s, 465);
    const QByteArray payload = "n,a=user@example.com,\x01host=smtp.example.com\x01port=465\x01"
                               "auth=Bearer ya29.secret-token\x01\x01";
    QCOMPARE(real.initialCommand().wire(), "AUTH OAUTHBEARER " + payload.toBase64() + "\r\n");
    verifyRedacted(real.initialCommand(), longer);
}

void TestSaslAuthenticator::challengesAreBounded_data()
{
    QTest::addColumn<Mechanism>("mechanism");
    QTest::addColumn<QByteArray>("challenge");
    QTest::addRow("LOGIN") << Mechanism::Login << QByteArray("UGFzc3dvcmQ6");
    QTest::addRow("CRAM-MD5") << Mechanism::CramMd5 << QByteArray("PDEyMzRAbXgudGVzdD4=");
    QTest::addRow("XOAUTH2 error") << Mechanism::XOAuth2 << QByteArray("eyJzdGF0dXMiOiI0MDEifQ==");
    QTest::addRow("PLAIN") << Mechanism::Plain << QByteArray("");
}

void TestSaslAuthenticator::challengesAreBounded()
{
    // A server that never stops challenging gets at most MaxChallenges answers in all.
    QFETCH(Mechanism, mechanism);
    QFETCH(QByteArray, challenge);
    const Credentials credentials = mechanism == Mechanism::XOAuth2
                                        ? token(u"user"_s, u"tok"_s)
                                        : password(u"user"_s, u"pass"_s);
    SaslAuthenticator sasl(mechanism, credentials, u"mx.test"_s, 587);
    int answers = 0;
    for (int i = 0; i < 3 * SaslAuthenticator::MaxChallenges; ++i) {
        const std::optional<Command> response = sasl.respond(challenge);
        if (!response)
            continue;
        ++answers;
        QVERIFY(response->isValid());
        verifyRedacted(*response, credentials);
    }
    QVERIFY2(answers <= SaslAuthenticator::MaxChallenges, qPrintable(QString::number(answers)));
    QVERIFY(sasl.challengesAnswered() <= SaslAuthenticator::MaxChallenges);
}

void TestSaslAuthenticator::choose_data()
{
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<Credentials::Kind>("kind");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<std::optional<Mechanism>>("expected");

    const QStringList all = {u"LOGIN"_s, u"PLAIN"_s, u"CRAM-MD5"_s, u"XOAUTH2"_s, u"OAUTHBEARER"_s};
    const auto pw = Credentials::Kind::Password;
    const auto tok = Credentials::Kind::OAuthToken;
    using M = std::optional<Mechanism>;

    QTest::addRow("token: OAUTHBEARER first")
        << AuthMethod::Auto << all << tok << true << M(Mechanism::OAuthBearer);
    QTest::addRow("token: then XOAUTH2")
        << AuthMethod::Auto << QStringList{u"PLAIN"_s, u"XOAUTH2"_s} << tok << true
        << M(Mechanism::XOAuth2);
    QTest::addRow("token: never a password mechanism")
        << AuthMethod::Auto << QStringList{u"PLAIN"_s, u"LOGIN"_s, u"CRAM-MD5"_s} << tok << true
        << M();
    QTest::addRow("password, TLS: PLAIN first")
        << AuthMethod::Auto << all << pw << true << M(Mechanism::Plain);
    QTest::addRow("password, TLS: then CRAM-MD5")
        << AuthMethod::Auto << QStringList{u"LOGIN"_s, u"CRAM-MD5"_s} << pw << true
        << M(Mechanism::CramMd5);
    QTest::addRow("password, TLS: then LOGIN")
        << AuthMethod::Auto << QStringList{u"LOGIN"_s} << pw << true << M(Mechanism::Login);
    QTest::addRow("password, plain text: CRAM-MD5 first")
        << AuthMethod::Auto << all << pw << false << M(Mechanism::CramMd5);
    QTest::addRow("password, plain text: then PLAIN")
        << AuthMethod::Auto << QStringList{u"LOGIN"_s, u"PLAIN"_s} << pw << false
        << M(Mechanism::Plain);
    QTest::addRow("password: never a token mechanism")
        << AuthMethod::Auto << QStringList{u"XOAUTH2"_s, u"OAUTHBEARER"_s} << pw << true << M();
    QTest::addRow("nothing offered") << AuthMethod::Auto << QStringList() << pw << true << M();
    QTest::addRow("None never authenticates") << AuthMethod::None << all << pw << true << M();
    QTest::addRow("explicit LOGIN")
        << AuthMethod::Login << all << pw << true << M(Mechanism::Login);
    QTest::addRow("explicit LOGIN, not offered")
        << AuthMethod::Login << QStringList{u"PLAIN"_s} << pw << true << M();
    QTest::addRow("explicit PLAIN on plain text")
        << AuthMethod::Plain << all << pw << false << M(Mechanism::Plain);
    QTest::addRow("explicit CRAM-MD5")
        << AuthMethod::CramMd5 << all << pw << true << M(Mechanism::CramMd5);
    QTest::addRow("explicit XOAUTH2")
        << AuthMethod::XOAuth2 << all << tok << true << M(Mechanism::XOAuth2);
    QTest::addRow("explicit OAUTHBEARER, not offered")
        << AuthMethod::OAuthBearer << QStringList{u"XOAUTH2"_s} << tok << true << M();
}

void TestSaslAuthenticator::choose()
{
    QFETCH(AuthMethod, method);
    QFETCH(QStringList, offered);
    QFETCH(Credentials::Kind, kind);
    QFETCH(bool, encrypted);
    QFETCH(std::optional<Mechanism>, expected);
    const std::optional<Mechanism> chosen =
        SaslAuthenticator::choose(method, offered, kind, encrypted);
    QCOMPARE(chosen.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(SaslAuthenticator::name(*chosen), SaslAuthenticator::name(*expected));
}

void TestSaslAuthenticator::describeChallenge()
{
    // The server's words are kept as they are, never looked up for translation.
    const smtp::Note text = SaslAuthenticator::describeChallenge("VXNlcm5hbWU6");
    QCOMPARE(text, smtp::Note::verbatim(u"Username:"_s));
    QCOMPARE(SaslAuthenticator::describeChallenge("!!").pattern, u"(not valid base64)"_s);
    QCOMPARE(SaslAuthenticator::describeChallenge("").pattern, u"(empty challenge)"_s);
    // Binary challenges are not decoded into garbage; whatever is shown has no raw controls.
    const smtp::Note binaryNote =
        SaslAuthenticator::describeChallenge(QByteArray("\x01\x1b\xff").toBase64());
    QCOMPARE(binaryNote.arguments, QStringList{u"3"_s});
    const QString binary = binaryNote.text();
    for (const QChar c : binary)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7F, qPrintable(binary));
}

QTEST_GUILESS_MAIN(TestSaslAuthenticator)
#include "tst_saslauthenticator.moc"
