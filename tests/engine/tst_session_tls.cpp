// SmtpSession and TLS where a case needs more than a protocol case (tests/data/smtp holds
// implicit TLS, STARTTLS refused, not offered or injected, opportunistic STARTTLS,
// untrusted certificates and pins): nothing remembered from before the STARTTLS handshake,
// record by record, and the certificate summaries made from the test certificates.

#include "certificatesummary.h"
#include "enginetest.h"
#include "testcertificates.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using smtp::Credentials;
using smtp::Outcome;
using smtp::Security;
using smtp::TranscriptRecord;
using testsupport::ScriptedServer;
using testsupport::SessionHarness;
using Category = smtp::Outcome::Category;

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

} // namespace

class TestSessionTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startTlsForgetsWhatCameBefore();
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
