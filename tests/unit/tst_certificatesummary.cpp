// CertificateSummary::parseSha256 and sha256Hex: pins typed or pasted by people (colons,
// spaces, any case) are read exactly, and anything else is refused rather than guessed.

#include "certificatesummary.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using smtp::CertificateSummary;

namespace {

const QByteArray digest =
    QByteArray::fromHex("00112233445566778899aabbccddeeff0f1e2d3c4b5a69788796a5b4c3d2e1f0");

} // namespace

class TestCertificateSummary : public QObject
{
    Q_OBJECT

private slots:
    void parseSha256_data();
    void parseSha256();
    void sha256Hex();
};

void TestCertificateSummary::parseSha256_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    const QString plain = QString::fromLatin1(digest.toHex());
    QTest::addRow("lower case") << plain << true;
    QTest::addRow("upper case") << plain.toUpper() << true;
    QTest::addRow("colons") << QString::fromLatin1(digest.toHex(':').toUpper()) << true;
    QTest::addRow("spaces") << QString::fromLatin1(digest.toHex(' ')) << true;
    QTest::addRow("mixed case and separators")
        << u"00:11 22:33 44:55:66:77:88:99:Aa:bB:cc:dd:ee:ff:0F:1e:2d:3c:4b:5a:69:78:87:96:"
           u"a5:b4:c3:d2:e1:f0"_s
        << true;
    QTest::addRow("one digit short") << plain.chopped(1) << false;
    QTest::addRow("one byte short") << plain.chopped(2) << false;
    QTest::addRow("one byte long") << plain + u"00"_s << false;
    QTest::addRow("SHA-1 length") << plain.left(40) << false;
    QTest::addRow("non-hex letter") << u"g"_s + plain.mid(1) << false;
    QTest::addRow("dash separators") << QString::fromLatin1(digest.toHex('-')) << false;
    QTest::addRow("full-width digit") << u"０"_s + plain.mid(1) << false;
    QTest::addRow("empty") << QString() << false;
}

void TestCertificateSummary::parseSha256()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QByteArray parsed = CertificateSummary::parseSha256(text);
    QCOMPARE(parsed, valid ? digest : QByteArray());
}

void TestCertificateSummary::sha256Hex()
{
    CertificateSummary summary;
    summary.sha256 = digest;
    const QString hex = summary.sha256Hex();
    QCOMPARE(hex.size(), 95);
    QVERIFY(hex.startsWith(u"00:11:22:33:44:55:66:77:88:99:AA:BB"_s));
    QCOMPARE(CertificateSummary::parseSha256(hex), digest);
}

QTEST_GUILESS_MAIN(TestCertificateSummary)
#include "tst_certificatesummary.moc"
