// SmtpSession and TLS against the scripted server with certificates made for this run:
// implicit TLS, STARTTLS done the safe way (required means required, no response injection,
// nothing remembered from before the handshake), opportunistic STARTTLS, certificate
// problems as data, pinning, and nothing secret sent to a server that was not trusted.

#include "certificatesummary.h"
#include "enginetest.h"
#include "testcertificates.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using smtp::Credentials;
using smtp::Outcome;
using smtp::Phase;
using smtp::Security;
using smtp::TranscriptRecord;
using testsupport::ScriptedServer;
using testsupport::SessionHarness;
using Category = smtp::Outcome::Category;
using Reason = smtp::Outcome::Reason;

namespace {

const QByteArray delivery = "C: MAIL FROM:<sender@example.test>\n"
                            "S: 250 2.1.0 Ok\n"
                            "C: RCPT TO:<rcpt@example.test>\n"
                            "S: 250 2.1.5 Ok\n"
                            "C: DATA\n"
                            "S: 354 go ahead\n"
                            "BODY\n"
                            "S: 250 2.0.0 Ok: queued as TLS1\n"
                            "END\n";

const QByteArray startTls = "C: STARTTLS\n"
                            "S: 220 2.0.0 Ready to start TLS\n"
                            "TLS\n";

const Credentials password{u"user"_s, u"s3cret-pass"_s, Credentials::Kind::Password};

bool hasProblem(const smtp::TlsFacts& tls, const QList<QSslError::SslError>& acceptable)
{
    return std::any_of(tls.problems.cbegin(), tls.problems.cend(),
                       [&](const smtp::CertificateProblem& problem) {
                           return acceptable.contains(problem.error);
                       });
}

QString problemsText(const smtp::TlsFacts& tls)
{
    QStringList texts;
    for (const smtp::CertificateProblem& problem : tls.problems)
        texts.append(u"%1 (%2)"_s.arg(int(problem.error)).arg(problem.description));
    return texts.join(u"; "_s);
}

} // namespace

class TestSessionTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void implicitTls();
    void startTlsForgetsWhatCameBefore();
    void opportunistic_data();
    void opportunistic();
    void startTlsNotOffered();
    void startTlsRefused_data();
    void startTlsRefused();
    void startTlsResponseInjection_data();
    void startTlsResponseInjection();
    void ehloRejectedWhenTlsRequired();
    void untrustedCertificate_data();
    void untrustedCertificate();
    void withoutTheCaFileTheChainIsUnknown();
    void pinnedCertificate_data();
    void pinnedCertificate();
    void pinMismatch();
    void certificateSummary();

private:
    smtp::SessionSettings settings(quint16 port, Security security) const;

    testsupport::TestCertificates m_certificates;
};

void TestSessionTls::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
}

smtp::SessionSettings TestSessionTls::settings(quint16 port, Security security) const
{
    smtp::SessionSettings settings = testsupport::testSettings(port, security);
    settings.caFile = m_certificates.caFile();
    return settings;
}

void TestSessionTls::implicitTls()
{
    ScriptedServer server;
    server.setCertificate(m_certificates.certificate(u"server"_s), m_certificates.key(u"server"_s));
    HY_START(server, "TLS\n" + testsupport::scriptGreeting({"8BITMIME"}) + delivery);
    SessionHarness harness(settings(server.port(), Security::ImplicitTls));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(harness.session().isEncrypted());
    const smtp::TlsFacts& tls = outcome->tls;
    QVERIFY(tls.encrypted);
    QVERIFY2(tls.verified, qPrintable(problemsText(tls)));
    QVERIFY(!tls.pinned);
    QVERIFY(tls.problems.isEmpty());
    QVERIFY(tls.protocol.startsWith(u"TLS"_s));
    QVERIFY(!tls.cipher.isEmpty());
    QVERIFY(tls.cipherBits >= 128);
    QVERIFY(!tls.peerChain.isEmpty());
    QCOMPARE(tls.peerChain.first().sha256, m_certificates.sha256(u"server"_s));
    QCOMPARE(harness.session().tlsFacts().peerChain.first().sha256,
             m_certificates.sha256(u"server"_s));

    // Every line of the exchange went through TLS.
    for (const TranscriptRecord& record : harness.records()) {
        if (record.direction == TranscriptRecord::Direction::Client ||
            record.direction == TranscriptRecord::Direction::Server)
            QVERIFY2(record.encrypted, qPrintable(record.text));
    }
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QVERIFY(server.tlsEstablished());
}

void TestSessionTls::startTlsForgetsWhatCameBefore()
{
    // Before TLS the server offers AUTH PLAIN, afterwards only LOGIN: a client that kept the
    // first EHLO answer (which an attacker could have written) would use PLAIN.
    ScriptedServer server;
    server.setCertificate(m_certificates.certificate(u"server"_s), m_certificates.key(u"server"_s));
    HY_START(server, testsupport::scriptGreeting({"PIPELINING", "AUTH PLAIN", "STARTTLS"}) +
                         startTls +
                         "C: EHLO client.test\n"
                         "S: 250-mx.test\n"
                         "S: 250 AUTH LOGIN\n"
                         "C: AUTH LOGIN\n"
                         "S: 334 VXNlcm5hbWU6\n"
                         "C: dXNlcg==\n"
                         "S: 334 UGFzc3dvcmQ6\n"
                         "C: czNjcmV0LXBhc3M=\n"
                         "S: 235 2.7.0 Authentication successful\n" +
                         delivery);
    smtp::SessionSettings tlsSettings = settings(server.port(), Security::StartTls);
    tlsSettings.credentials = password;
    SessionHarness harness(tlsSettings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(outcome->tls.encrypted);
    QVERIFY(outcome->tls.verified);
    QVERIFY(!harness.session().capabilities().supportsStartTls());
    QVERIFY(!harness.session().capabilities().supportsPipelining());
    QCOMPARE(harness.session().capabilities().authMechanisms(), QStringList{u"LOGIN"_s});
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    HY_VERIFY_NO_LEAK(harness, password, server);

    // Records up to the 220 were in the clear, the rest encrypted, EHLO on both sides.
    QList<bool> ehloEncrypted;
    bool sawStartTlsReply = false;
    for (const TranscriptRecord& record : harness.records()) {
        if (record.direction == TranscriptRecord::Direction::Client &&
            record.text == u"EHLO client.test"_s)
            ehloEncrypted.append(record.encrypted);
        if (record.direction == TranscriptRecord::Direction::Client && record.text == u"STARTTLS"_s)
            QVERIFY(!record.encrypted);
        if (record.direction == TranscriptRecord::Direction::Server &&
            record.text.startsWith(u"220 2.0.0 Ready"_s)) {
            QVERIFY(!record.encrypted);
            sawStartTlsReply = true;
        }
        if (record.direction == TranscriptRecord::Direction::Client &&
            record.text.startsWith(u"MAIL FROM"_s))
            QVERIFY(record.encrypted);
        if (record.direction == TranscriptRecord::Direction::Server &&
            record.text.startsWith(u"250 2.0.0 Ok: queued"_s))
            QVERIFY(record.encrypted);
    }
    QVERIFY(sawStartTlsReply);
    QCOMPARE(ehloEncrypted, (QList<bool>{false, true}));
}

void TestSessionTls::opportunistic_data()
{
    QTest::addColumn<bool>("offered");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("verified");
    QTest::addRow("offered, trusted certificate") << true << u"server"_s << true;
    QTest::addRow("not offered") << false << u"server"_s << false;
    QTest::addRow("offered, self-signed certificate") << true << u"self-signed"_s << false;
    QTest::addRow("offered, wrong host") << true << u"wrong-host"_s << false;
}

void TestSessionTls::opportunistic()
{
    // Delivery to an MX host: encryption when offered, the certificate checked and reported,
    // but a bad one does not stop the message (plain text would be no better).
    QFETCH(bool, offered);
    QFETCH(QString, certificate);
    QFETCH(bool, verified);

    ScriptedServer server;
    server.setCertificate(m_certificates.certificate(certificate), m_certificates.key(certificate));
    const QByteArray afterTls = "C: EHLO client.test\nS: 250-mx.test\nS: 250 8BITMIME\n";
    HY_START(server, offered ? testsupport::scriptGreeting({"8BITMIME", "STARTTLS"}) + startTls +
                                   afterTls + delivery
                             : testsupport::scriptGreeting({"8BITMIME"}) + delivery);
    SessionHarness harness(settings(server.port(), Security::Opportunistic));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QCOMPARE(outcome->tls.encrypted, offered);
    QCOMPARE(outcome->tls.verified, verified);
    QCOMPARE(outcome->tls.problems.isEmpty(), verified || !offered);
    if (offered)
        QCOMPARE(outcome->tls.peerChain.value(0).sha256, m_certificates.sha256(certificate));
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QCOMPARE(server.tlsEstablished(), offered);
}

void TestSessionTls::startTlsNotOffered()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"PIPELINING", "AUTH PLAIN LOGIN"}) + "END\n");
    smtp::SessionSettings tlsSettings = settings(server.port(), Security::StartTls);
    tlsSettings.credentials = password;
    SessionHarness harness(tlsSettings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Tls, Reason::StartTlsNotOffered);
    QVERIFY(!outcome->tls.encrypted);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    const QList<QByteArray> after = testsupport::linesAfterGreeting(server);
    QVERIFY2(testsupport::onlyClosingCommands(after), after.join(" | ").constData());
    QVERIFY(server.authPayloads().isEmpty());
}

void TestSessionTls::startTlsRefused_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addRow("454") << QByteArray("454 4.7.0 TLS not available due to local problem");
    QTest::addRow("502") << QByteArray("502 5.5.1 Error: command not implemented");
    // Not a refusal in form, but not the 220 that starts TLS either.
    QTest::addRow("354 nonsense") << QByteArray("354 go ahead");
    QTest::addRow("250 nonsense") << QByteArray("250 2.0.0 Ok");
}

void TestSessionTls::startTlsRefused()
{
    QFETCH(QByteArray, reply);
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"AUTH PLAIN", "STARTTLS"}) +
                         "C: STARTTLS\n"
                         "S: " +
                         reply +
                         "\n"
                         "END\n");
    smtp::SessionSettings tlsSettings = settings(server.port(), Security::StartTls);
    tlsSettings.credentials = password;
    SessionHarness harness(tlsSettings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Tls, Reason::StartTlsRefused);
    QCOMPARE(outcome->phase, Phase::Starttls);
    QCOMPARE(outcome->code, reply.left(3).toInt());
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    const QList<QByteArray> after = testsupport::linesAfterGreeting(server).mid(1);
    QVERIFY2(testsupport::onlyClosingCommands(after), after.join(" | ").constData());
    QVERIFY(!server.tlsEstablished());
}

void TestSessionTls::startTlsResponseInjection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // CVE-2011-0411 style: a man in the middle appends replies of its own to the 220, to be
    // read as if they came through TLS.
    QTest::addRow("complete reply")
        << QByteArray("220 2.0.0 go ahead\\r\\n250-mx.test\\r\\n250 AUTH PLAIN\\r\\n");
    QTest::addRow("partial line") << QByteArray("220 2.0.0 go ahead\\r\\n250-inj");
    QTest::addRow("one byte") << QByteArray("220 2.0.0 go ahead\\r\\n2");
}

void TestSessionTls::startTlsResponseInjection()
{
    QFETCH(QByteArray, bytes);
    ScriptedServer server;
    server.setCertificate(m_certificates.certificate(u"server"_s), m_certificates.key(u"server"_s));
    HY_START(server, testsupport::scriptGreeting({"STARTTLS"}) +
                         "C: STARTTLS\n"
                         "SEND " +
                         bytes +
                         "\n"
                         "END\n");
    smtp::SessionSettings tlsSettings = settings(server.port(), Security::StartTls);
    tlsSettings.credentials = password;
    SessionHarness harness(tlsSettings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Tls, Reason::StartTlsResponseInjection);
    QVERIFY(!outcome->tls.encrypted);
    QVERIFY(harness.quit());
    // END refuses anything but QUIT: a TLS ClientHello after the injection fails the script.
    HY_VERIFY_SCRIPT(server);
    QVERIFY(!server.tlsEstablished());
    QVERIFY(server.authPayloads().isEmpty());
}

void TestSessionTls::ehloRejectedWhenTlsRequired()
{
    // HELO cannot negotiate STARTTLS, so falling back to it would mean going on in clear.
    ScriptedServer server;
    HY_START(server, "S: 220 mx.test ESMTP\n"
                     "C: EHLO client.test\n"
                     "S: 502 5.5.2 Error: command not recognized\n"
                     "END\n");
    SessionHarness harness(settings(server.port(), Security::StartTls));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Tls);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    const QList<QByteArray> after = testsupport::linesAfterGreeting(server);
    QVERIFY2(testsupport::onlyClosingCommands(after), after.join(" | ").constData());
    QVERIFY(!server.receivedLines().contains("HELO client.test"));
}

void TestSessionTls::untrustedCertificate_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QList<QSslError::SslError>>("errors"); // any of them

    using Errors = QList<QSslError::SslError>;
    const Errors unknownIssuer = {QSslError::UnableToGetLocalIssuerCertificate,
                                  QSslError::UnableToVerifyFirstCertificate,
                                  QSslError::UnableToGetIssuerCertificate};
    QTest::addRow("STARTTLS, self-signed")
        << u"self-signed"_s << Security::StartTls << Errors{QSslError::SelfSignedCertificate};
    QTest::addRow("STARTTLS, wrong host")
        << u"wrong-host"_s << Security::StartTls << Errors{QSslError::HostNameMismatch};
    QTest::addRow("STARTTLS, expired")
        << u"expired"_s << Security::StartTls << Errors{QSslError::CertificateExpired};
    QTest::addRow("STARTTLS, unknown CA") << u"unknown-ca"_s << Security::StartTls << unknownIssuer;
    QTest::addRow("implicit, self-signed")
        << u"self-signed"_s << Security::ImplicitTls << Errors{QSslError::SelfSignedCertificate};
    QTest::addRow("implicit, wrong host")
        << u"wrong-host"_s << Security::ImplicitTls << Errors{QSslError::HostNameMismatch};
    QTest::addRow("implicit, expired")
        << u"expired"_s << Security::ImplicitTls << Errors{QSslError::CertificateExpired};
    QTest::addRow("implicit, unknown CA")
        << u"unknown-ca"_s << Security::ImplicitTls << unknownIssuer;
}

void TestSessionTls::untrustedCertificate()
{
    QFETCH(QString, certificate);
    QFETCH(Security, security);
    QFETCH(QList<QSslError::SslError>, errors);

    ScriptedServer server;
    server.setCertificate(m_certificates.certificate(certificate), m_certificates.key(certificate));
    HY_START(server, security == Security::ImplicitTls
                         ? QByteArray("TLS\nEND\n")
                         : testsupport::scriptGreeting({"AUTH PLAIN LOGIN", "STARTTLS"}) +
                               startTls + "END\n");
    smtp::SessionSettings tlsSettings = settings(server.port(), security);
    tlsSettings.credentials = password;
    SessionHarness harness(tlsSettings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Tls, Reason::CertificateUntrusted);
    const smtp::TlsFacts& tls = outcome->tls;
    QVERIFY2(hasProblem(tls, errors), qPrintable(problemsText(tls)));
    QVERIFY(!tls.verified);
    QVERIFY(!tls.pinned);
    QVERIFY(!tls.peerChain.isEmpty());
    QCOMPARE(tls.peerChain.first().sha256, m_certificates.sha256(certificate));
    for (const smtp::CertificateProblem& problem : tls.problems)
        QVERIFY(!problem.description.isEmpty());
    HY_VERIFY_SCRIPT(server);
    QVERIFY(server.authPayloads().isEmpty());
    QVERIFY(!server.receivedLines().contains("MAIL FROM:<sender@example.test>"));
    HY_VERIFY_NO_LEAK(harness, password, server);
}

void TestSessionTls::withoutTheCaFileTheChainIsUnknown()
{
    // The test CA is in no system store: without caFile even the good certificate fails,
    // which shows that implicitTls() passes because of caFile.
    ScriptedServer server;
    server.setCertificate(m_certificates.certificate(u"server"_s), m_certificates.key(u"server"_s));
    HY_START(server, "TLS\nEND\n");
    smtp::SessionSettings tlsSettings = settings(server.port(), Security::ImplicitTls);
    tlsSettings.caFile.clear();
    SessionHarness harness(tlsSettings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Tls, Reason::CertificateUntrusted);
    QVERIFY2(hasProblem(outcome->tls, {QSslError::UnableToGetLocalIssuerCertificate,
                                       QSslError::UnableToVerifyFirstCertificate}),
             qPrintable(problemsText(outcome->tls)));
    HY_VERIFY_SCRIPT(server);
}

void TestSessionTls::pinnedCertificate_data()
{
    QTest::addColumn<Security>("security");
    QTest::addRow("implicit") << Security::ImplicitTls;
    QTest::addRow("STARTTLS") << Security::StartTls;
}

void TestSessionTls::pinnedCertificate()
{
    // A self-signed certificate the user accepted once: the pin trusts exactly that one.
    QFETCH(Security, security);
    ScriptedServer server;
    server.setCertificate(m_certificates.certificate(u"self-signed"_s),
                          m_certificates.key(u"self-signed"_s));
    const QByteArray afterTls = "C: EHLO client.test\nS: 250-mx.test\nS: 250 8BITMIME\n";
    HY_START(server,
             security == Security::ImplicitTls
                 ? "TLS\n" + testsupport::scriptGreeting({"8BITMIME"}) + delivery
                 : testsupport::scriptGreeting({"STARTTLS"}) + startTls + afterTls + delivery);
    smtp::SessionSettings tlsSettings = settings(server.port(), security);
    tlsSettings.pinnedSha256 = m_certificates.sha256(u"self-signed"_s);
    SessionHarness harness(tlsSettings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(outcome->tls.encrypted);
    QVERIFY(outcome->tls.pinned);
    QCOMPARE(outcome->tls.peerChain.value(0).sha256, m_certificates.sha256(u"self-signed"_s));
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
}

void TestSessionTls::pinMismatch()
{
    // The chain is valid, but the user pinned another certificate: the pin wins, and the
    // client says nothing over the connection (END refuses the EHLO it would send).
    ScriptedServer server;
    server.setCertificate(m_certificates.certificate(u"server"_s), m_certificates.key(u"server"_s));
    HY_START(server, "TLS\nEND\n");
    smtp::SessionSettings tlsSettings = settings(server.port(), Security::ImplicitTls);
    tlsSettings.pinnedSha256 = m_certificates.sha256(u"self-signed"_s);
    tlsSettings.credentials = password;
    SessionHarness harness(tlsSettings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Tls, Reason::CertificatePinMismatch);
    QVERIFY(!outcome->tls.pinned);
    QCOMPARE(outcome->tls.peerChain.value(0).sha256, m_certificates.sha256(u"server"_s));
    HY_VERIFY_SCRIPT(server);
    QVERIFY(server.receivedLines().isEmpty());
}

void TestSessionTls::certificateSummary()
{
    const smtp::CertificateSummary selfSigned =
        smtp::CertificateSummary::fromCertificate(m_certificates.certificate(u"self-signed"_s));
    QVERIFY(selfSigned.selfSigned);
    QVERIFY2(selfSigned.subject.contains(u"CN=localhost"_s), qPrintable(selfSigned.subject));
    QCOMPARE(selfSigned.issuer, selfSigned.subject);
    QCOMPARE(selfSigned.sha256, m_certificates.sha256(u"self-signed"_s));
    QCOMPARE(smtp::CertificateSummary::parseSha256(selfSigned.sha256Hex()), selfSigned.sha256);
    QVERIFY(selfSigned.subjectAlternativeNames.join(u' ').contains(u"localhost"_s));
    QVERIFY(selfSigned.subjectAlternativeNames.join(u' ').contains(u"127.0.0.1"_s));
    QVERIFY(selfSigned.notBefore < QDateTime::currentDateTimeUtc());
    QVERIFY(selfSigned.notAfter > QDateTime::currentDateTimeUtc());
    QVERIFY(!selfSigned.serialNumber.isEmpty());

    const smtp::CertificateSummary signedByCa =
        smtp::CertificateSummary::fromCertificate(m_certificates.certificate(u"server"_s));
    QVERIFY(!signedByCa.selfSigned);
    QVERIFY2(signedByCa.issuer.contains(u"Hongyan Test CA"_s), qPrintable(signedByCa.issuer));

    const smtp::CertificateSummary expired =
        smtp::CertificateSummary::fromCertificate(m_certificates.certificate(u"expired"_s));
    QCOMPARE(expired.notAfter, QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC));
}

QTEST_GUILESS_MAIN(TestSessionTls)
#include "tst_session_tls.moc"
