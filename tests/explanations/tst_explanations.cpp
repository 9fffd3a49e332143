#include "outcomeexplainer.h"
#include "outcometables.h"
#include "providerhints.h"
#include "replycodecatalogue.h"
#include "translations.h"

#include <QLocale>
#include <QMetaEnum>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using hongyan::Explanation;
using hongyan::OutcomeExplainer;
using hongyan::ProviderHints;
using hongyan::ReplyCodeCatalogue;
using smtp::EnhancedStatus;
using smtp::Outcome;

namespace {

using Category = Outcome::Category;
using Reason = Outcome::Reason;
using smtp::Phase;

Outcome replyOutcome(Category category, Phase stage, int code, const QString& enhanced = {})
{
    Outcome outcome;
    outcome.category = category;
    outcome.phase = stage;
    outcome.reason = Reason::ServerReply;
    outcome.code = code;
    outcome.enhanced = EnhancedStatus::fromString(enhanced);
    return outcome;
}

QString everything(const Explanation& explanation)
{
    return explanation.headline + u'\n' + explanation.details + u'\n' +
           explanation.advice.join(u'\n');
}

smtp::CertificateSummary leafCertificate()
{
    smtp::CertificateSummary leaf;
    leaf.subject = u"CN=mail.example.net, O=Example"_s;
    leaf.issuer = u"CN=Example Issuing CA, O=Example"_s;
    leaf.subjectAlternativeNames = {u"DNS:mail.example.net"_s, u"DNS:smtp.example.net"_s};
    leaf.notBefore = QDateTime(QDate(2022, 5, 1), QTime(0, 0), Qt::UTC);
    leaf.notAfter = QDateTime(QDate(2023, 4, 30), QTime(23, 59), Qt::UTC);
    leaf.sha256 = QByteArray(32, '\xab');
    return leaf;
}

Outcome certificateOutcome(QSslError::SslError error)
{
    Outcome outcome;
    outcome.category = Category::Tls;
    outcome.phase = Phase::TlsHandshake;
    outcome.reason = Reason::CertificateUntrusted;
    outcome.tls.peerChain = {leafCertificate()};
    outcome.tls.problems = {
        smtp::CertificateProblem{error, smtp::Note::verbatim(u"Qt's own text"_s), 0}};
    return outcome;
}

const int basicCodes[] = {211, 214, 220, 221, 235, 250, 251, 252, 334, 354, 421,
                          450, 451, 452, 454, 455, 500, 501, 502, 503, 504, 521,
                          530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556};

const char* const enhancedCodes[] = {
    "4.2.2",  "4.3.0",  "4.4.1",  "4.4.2",  "4.7.0",  "4.7.1",  "5.1.0",  "5.1.1",  "5.1.2",
    "5.1.3",  "5.1.8",  "5.1.10", "5.2.1",  "5.2.2",  "5.2.3",  "5.3.4",  "5.4.1",  "5.5.1",
    "5.5.2",  "5.5.4",  "5.6.1",  "5.6.7",  "5.7.0",  "5.7.1",  "5.7.8",  "5.7.9",  "5.7.11",
    "5.7.14", "5.7.23", "5.7.25", "5.7.26", "5.7.27", "5.7.30", "5.7.57", "5.7.139"};

// Reason, Phase and Category are Q_ENUMs with values 0 … keyCount() - 1: counting keys
// finds every value, including ones added later.
int reasonCount()
{
    return QMetaEnum::fromType<Reason>().keyCount();
}

int stageCount()
{
    return QMetaEnum::fromType<Phase>().keyCount();
}

int categoryCount()
{
    return QMetaEnum::fromType<Category>().keyCount();
}

// A typical outcome for each reason (as the engine produces it), to compare with the
// category's fallback text.
struct SpecificRow
{
    Reason reason;
    Category category;
    Phase phase;
    int code;
};

const SpecificRow specificRows[] = {
    {Reason::InvalidSettings, Category::Usage, Phase::Setup, 0},
    {Reason::InvalidAddress, Category::Usage, Phase::MailFrom, 0},
    {Reason::NoRecipients, Category::Usage, Phase::MailFrom, 0},
    {Reason::MessageUnreadable, Category::Usage, Phase::MailFrom, 0},
    {Reason::HostNotFound, Category::Connect, Phase::Connect, 0},
    {Reason::ConnectionRefused, Category::Connect, Phase::Connect, 0},
    {Reason::ConnectTimeout, Category::Connect, Phase::Connect, 0},
    {Reason::NetworkError, Category::Connect, Phase::Connect, 0},
    {Reason::ConnectionClosed, Category::Temporary, Phase::Ehlo, 0},
    {Reason::Timeout, Category::Temporary, Phase::MailFrom, 0},
    {Reason::TlsHandshakeFailed, Category::Tls, Phase::TlsHandshake, 0},
    {Reason::CertificateUntrusted, Category::Tls, Phase::TlsHandshake, 0},
    {Reason::CertificatePinMismatch, Category::Tls, Phase::TlsHandshake, 0},
    {Reason::StartTlsNotOffered, Category::Tls, Phase::Ehlo, 0},
    {Reason::StartTlsRefused, Category::Tls, Phase::StartTls, 454},
    {Reason::StartTlsResponseInjection, Category::Tls, Phase::StartTls, 220},
    {Reason::ServerReply, Category::Rejected, Phase::MailFrom, 550},
    {Reason::ServerClosing, Category::Temporary, Phase::Greeting, 421},
    {Reason::MalformedReply, Category::Protocol, Phase::Greeting, 0},
    {Reason::ReplyTooLong, Category::Protocol, Phase::Ehlo, 0},
    {Reason::UnexpectedReply, Category::Protocol, Phase::MailFrom, 250},
    {Reason::AuthNotOffered, Category::Auth, Phase::Auth, 0},
    {Reason::AuthMechanismUnavailable, Category::Auth, Phase::Auth, 0},
    {Reason::PlaintextAuthRefused, Category::Auth, Phase::Auth, 0},
    {Reason::AuthChallengeLimit, Category::Auth, Phase::Auth, 334},
    {Reason::MessageTooLarge, Category::Rejected, Phase::MailFrom, 0},
    {Reason::SmtpUtf8Required, Category::Usage, Phase::MailFrom, 0},
    {Reason::EightBitMimeRequired, Category::Usage, Phase::MailFrom, 0},
    {Reason::RecipientsRejected, Category::Rejected, Phase::RcptTo, 550},
    {Reason::LostAfterData, Category::Unknown, Phase::DataEnd, 0},
    {Reason::Cancelled, Category::Cancelled, Phase::Body, 0},
    {Reason::NullMx, Category::Rejected, Phase::Connect, 0},
    {Reason::NoMailRoute, Category::Rejected, Phase::Connect, 0},
    {Reason::ImplicitTlsExpected, Category::Tls, Phase::Greeting, 0},
};

} // namespace

class TestExplanations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void basicCodesAreExplained_data();
    void basicCodesAreExplained();
    void enhancedCodesAreExplained_data();
    void enhancedCodesAreExplained();
    void catalogueTextsAreDistinct();
    void unknownCodesAreEmpty();
    void enhancedCodeIsPreferred();

    void everyReasonHasAHeadline();
    void reasonsAreMoreSpecificThanTheFallback_data();
    void reasonsAreMoreSpecificThanTheFallback();
    void everyReasonHasASpecificRow();
    void namesForCategoriesAndStages();
    void everyEnumValueHasItsTableRow();
    void everyFixedStoryIsTold();
    void tablesAreTranslated();

    void providerHintsMatchBySuffix_data();
    void providerHintsMatchBySuffix();
    void providerHintsIgnoreOtherHosts_data();
    void providerHintsIgnoreOtherHosts();
    void providerReplyHints();

    void serverTextAndCodeArePassedThrough();
    void wrongPasswordAt163NamesTheAuthorizationCode();
    void basicAuthenticationDisabledSuggestsOAuth2_data();
    void basicAuthenticationDisabledSuggestsOAuth2();
    void authenticationRequiredSuggestsTlsWhenPlain();
    void messageTooLargeGivesBothSizes();
    void nearlyEqualSizesShowExactBytes();
    void expiredCertificateGivesTheDate();
    void wrongHostNameGivesSubjectAndNames();
    void unknownIssuerIsNamed();
    void pinMismatchWarnsOfInterception();
    void implicitTlsOnPlainPortSuggestsStartTls();
    void greetingTimeoutSuggestsImplicitTls();
    void technicalDetailSpeaksTheLanguage();
    void connectTimeoutSuggestsOtherPorts();
    void unknownOutcomeNeverSuggestsBlindResend_data();
    void unknownOutcomeNeverSuggestsBlindResend();
    void temporaryFailureExplainsGreylisting();
    void deliveredGivesQueueId();
    void partialDeliveryCountsRecipients();
    void mechanismListIsShown();
};

void TestExplanations::initTestCase()
{
    // Sizes and numbers below are compared with what this locale formats.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestExplanations::basicCodesAreExplained_data()
{
    QTest::addColumn<int>("code");
    for (int code : basicCodes)
        QTest::addRow("%d", code) << code;
}

void TestExplanations::basicCodesAreExplained()
{
    QFETCH(int, code);
    const QString text = ReplyCodeCatalogue::explainCode(code);
    QVERIFY(!text.isEmpty());
    QCOMPARE(ReplyCodeCatalogue::explain(code, {}), text);

    // Through the explainer, a known code says more than the class-level fallback that an
    // unknown code of the same class gets.
    const Category category = code / 100 == 4 ? Category::Temporary : Category::Rejected;
    const Explanation known =
        OutcomeExplainer::explain(replyOutcome(category, Phase::RcptTo, code), u"h"_s);
    const Explanation unknown = OutcomeExplainer::explain(
        replyOutcome(category, Phase::RcptTo, code / 100 * 100 + 98), u"h"_s);
    QVERIFY2(known.details.contains(text), qPrintable(known.details));
    QVERIFY(!unknown.details.contains(text));
    QVERIFY(known.details != unknown.details);
}

void TestExplanations::enhancedCodesAreExplained_data()
{
    QTest::addColumn<QString>("code");
    for (const char* code : enhancedCodes)
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestExplanations::enhancedCodesAreExplained()
{
    QFETCH(QString, code);
    const EnhancedStatus status = EnhancedStatus::fromString(code);
    QVERIFY(status.isValid());
    const QString text = ReplyCodeCatalogue::explainEnhanced(status);
    QVERIFY(!text.isEmpty());
    const int reply = status.statusClass() == 4 ? 450 : 550;
    QVERIFY(text != ReplyCodeCatalogue::explainCode(reply));
    QCOMPARE(ReplyCodeCatalogue::explain(reply, status), text);
}

void TestExplanations::catalogueTextsAreDistinct()
{
    QSet<QString> texts;
    for (int code : basicCodes)
        texts.insert(ReplyCodeCatalogue::explainCode(code));
    for (const char* code : enhancedCodes)
        texts.insert(ReplyCodeCatalogue::explainEnhanced(
            EnhancedStatus::fromString(QString::fromLatin1(code))));
    QCOMPARE(texts.size(), qsizetype(std::size(basicCodes) + std::size(enhancedCodes)));
}

void TestExplanations::unknownCodesAreEmpty()
{
    QVERIFY(ReplyCodeCatalogue::explainCode(0).isEmpty());
    QVERIFY(ReplyCodeCatalogue::explainCode(599).isEmpty());
    QVERIFY(ReplyCodeCatalogue::explainEnhanced({}).isEmpty());
    QVERIFY(ReplyCodeCatalogue::explainEnhanced(EnhancedStatus(5, 9, 99)).isEmpty());
    // The class is part of the code: 4.1.1 is not 5.1.1.
    QVERIFY(ReplyCodeCatalogue::explainEnhanced(EnhancedStatus(4, 1, 1)).isEmpty());
}

void TestExplanations::enhancedCodeIsPreferred()
{
    const EnhancedStatus dmarc(5, 7, 26);
    QCOMPARE(ReplyCodeCatalogue::explain(550, dmarc), ReplyCodeCatalogue::explainEnhanced(dmarc));
    QVERIFY(ReplyCodeCatalogue::explain(550, dmarc) != ReplyCodeCatalogue::explainCode(550));
    QCOMPARE(ReplyCodeCatalogue::explain(550, EnhancedStatus(5, 9, 99)),
             ReplyCodeCatalogue::explainCode(550));

    const Explanation explanation = OutcomeExplainer::explain(
        replyOutcome(Category::Rejected, Phase::DataEnd, 550, u"5.7.26"_s), u"mx.example.com"_s);
    QVERIFY(explanation.details.contains(ReplyCodeCatalogue::explainEnhanced(dmarc)));
    QVERIFY(!explanation.details.contains(ReplyCodeCatalogue::explainCode(550)));
}

void TestExplanations::everyReasonHasAHeadline()
{
    const int reasons = reasonCount();
    QVERIFY(reasons > int(Reason::Cancelled));
    for (int reason = int(Reason::None); reason < reasons; ++reason) {
        for (int category = int(Category::Delivered); category <= int(Category::Cancelled);
             ++category) {
            for (Phase stage : {Phase::Connect, Phase::TlsHandshake, Phase::Greeting, Phase::Auth,
                                Phase::MailFrom, Phase::Body, Phase::DataEnd}) {
                for (int code : {0, 421, 535, 550}) {
                    Outcome outcome;
                    outcome.reason = Reason(reason);
                    outcome.category = Category(category);
                    outcome.phase = stage;
                    outcome.code = code;
                    const Explanation explanation =
                        OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
                    QVERIFY2(!explanation.headline.isEmpty(),
                             qPrintable(Outcome::reasonName(Reason(reason))));
                }
            }
        }
    }
}

void TestExplanations::reasonsAreMoreSpecificThanTheFallback_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("category");
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("code");
    for (const SpecificRow& row : specificRows)
        QTest::newRow(qPrintable(Outcome::reasonName(row.reason)))
            << int(row.reason) << int(row.category) << int(row.phase) << row.code;
}

void TestExplanations::everyReasonHasASpecificRow()
{
    QSet<int> covered;
    for (const SpecificRow& row : specificRows)
        covered.insert(int(row.reason));
    for (int reason = int(Reason::None) + 1; reason < reasonCount(); ++reason)
        QVERIFY2(covered.contains(reason), qPrintable(Outcome::reasonName(Reason(reason))));
}

void TestExplanations::reasonsAreMoreSpecificThanTheFallback()
{
    QFETCH(int, reason);
    QFETCH(int, category);
    QFETCH(int, stage);
    QFETCH(int, code);
    Outcome outcome;
    outcome.category = Category(category);
    outcome.phase = Phase(stage);
    outcome.code = code;
    const Explanation fallback = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    outcome.reason = Reason(reason);
    const Explanation explanation = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    QVERIFY(!explanation.headline.isEmpty());
    QVERIFY2(explanation.headline != fallback.headline, qPrintable(explanation.headline));
    QVERIFY(!explanation.details.isEmpty() || !explanation.advice.isEmpty());
}

void TestExplanations::namesForCategoriesAndStages()
{
    QSet<QString> categories;
    for (int category = int(Category::Delivered); category <= int(Category::Cancelled); ++category)
        categories.insert(OutcomeExplainer::categoryText(Category(category)));
    QCOMPARE(categories.size(), int(Category::Cancelled) + 1);
    QSet<QString> stages;
    for (int stage = int(Phase::Setup); stage <= int(Phase::Quit); ++stage)
        stages.insert(OutcomeExplainer::phaseText(Phase(stage)));
    QCOMPARE(stages.size(), int(Phase::Quit) + 1);
    QVERIFY(!categories.contains(QString()));
    QVERIFY(!stages.contains(QString()));
}

// The explanations are looked up in tables keyed by the Outcome enums: a value added to the
// engine without its row would get no explanation, and no compiler warning says so.
void TestExplanations::everyEnumValueHasItsTableRow()
{
    using namespace hongyan::explaining;
    for (int reason = int(Reason::None); reason < reasonCount(); ++reason) {
        const ReasonRow* row = reasonRow(Reason(reason));
        QVERIFY2(row != nullptr, qPrintable(Outcome::reasonName(Reason(reason))));
        QCOMPARE(int(row->reason), reason);
        QVERIFY(row->explain != nullptr);
    }
    QVERIFY(reasonRow(Reason(reasonCount())) == nullptr);
    for (int category = int(Category::Delivered); category < categoryCount(); ++category) {
        const CategoryRow* row = categoryRow(Category(category));
        QVERIFY2(row != nullptr, qPrintable(Outcome::categoryName(Category(category))));
        QVERIFY(!row->name.isEmpty() && !row->fallbackHeadline.isEmpty());
    }
    QVERIFY(categoryRow(Category(categoryCount())) == nullptr);
    for (int stage = int(Phase::Setup); stage < stageCount(); ++stage) {
        const PhaseRow* row = phaseRow(Phase(stage));
        QVERIFY2(row != nullptr, qPrintable(smtp::phaseName(Phase(stage))));
        QVERIFY(!row->name.isEmpty());
    }
    QVERIFY(phaseRow(Phase(stageCount())) == nullptr);
}

// A reason told by a fixed story needs its story, and a story no reason tells is dead text.
void TestExplanations::everyFixedStoryIsTold()
{
    using namespace hongyan::explaining;
    int told = 0;
    for (int reason = int(Reason::None); reason < reasonCount(); ++reason) {
        const bool tellsStory = reasonRow(Reason(reason))->explain == tellFixedStory;
        const FixedStory* story = fixedStory(Reason(reason));
        QVERIFY2(tellsStory == (story != nullptr), qPrintable(Outcome::reasonName(Reason(reason))));
        if (story != nullptr) {
            ++told;
            QVERIFY(!story->headline.isEmpty() && !story->detail.isEmpty());
        }
    }
    QVERIFY(told > 0);
}

// Table rows are translated when shown, under the context and disambiguation their
// QT_TRANSLATE_NOOP names; one row of each table, in Chinese.
void TestExplanations::tablesAreTranslated()
{
    hongyan::Translations::install(u"zh_CN"_s);
    const QString catalogueCode = ReplyCodeCatalogue::explainCode(235);
    const QString catalogueEnhanced = ReplyCodeCatalogue::explainEnhanced(EnhancedStatus(5, 7, 8));
    const QString category = OutcomeExplainer::categoryText(Category::Auth);
    const QString stage = OutcomeExplainer::phaseText(Phase::Auth);
    Outcome noRecipients;
    noRecipients.category = Category::Usage;
    noRecipients.reason = Reason::NoRecipients;
    const Explanation story = OutcomeExplainer::explain(noRecipients, {});
    Outcome withoutReason;
    withoutReason.category = Category::Usage;
    const Explanation fallback = OutcomeExplainer::explain(withoutReason, {});
    const Explanation replyClass =
        OutcomeExplainer::explain(replyOutcome(Category::Rejected, Phase::MailFrom, 298), {});
    hongyan::Translations::install(u"en"_s);

    QCOMPARE(catalogueCode, u"登录成功。"_s);
    QCOMPARE(catalogueEnhanced, u"用户名、密码或访问令牌未被接受。"_s);
    QCOMPARE(category, u"登录失败"_s);
    QCOMPARE(stage, u"登录"_s);
    QCOMPARE(story.headline, u"邮件没有收件人。"_s);
    QCOMPARE(fallback.headline, u"没有发送任何内容：输入无效。"_s);
    QVERIFY2(replyClass.details.contains(u"服务器报告成功。"_s), qPrintable(replyClass.details));
}

void TestExplanations::providerHintsMatchBySuffix_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("163") << u"smtp.163.com"_s << u"授权码"_s;
    QTest::newRow("126") << u"smtp.126.com"_s << u"NetEase"_s;
    QTest::newRow("yeah.net") << u"smtp.yeah.net"_s << u"NetEase"_s;
    QTest::newRow("upper case, root dot") << u"SMTP.163.COM."_s << u"NetEase"_s;
    QTest::newRow("address") << u"zhang@126.com"_s << u"授权码"_s;
    QTest::newRow("qq") << u"smtp.qq.com"_s << u"QQ Mail"_s;
    QTest::newRow("foxmail") << u"foxmail.com"_s << u"授权码"_s;
    QTest::newRow("exmail") << u"smtp.exmail.qq.com"_s << u"Tencent Exmail"_s;
    QTest::newRow("aliyun") << u"smtp.aliyun.com"_s << u"Alibaba Mail"_s;
    QTest::newRow("aliyun enterprise") << u"smtp.qiye.aliyun.com"_s << u"Alibaba Enterprise"_s;
    QTest::newRow("sina") << u"smtp.sina.com"_s << u"Sina"_s;
    QTest::newRow("sohu") << u"smtp.sohu.com"_s << u"Sohu"_s;
    QTest::newRow("139") << u"smtp.139.com"_s << u"139 Mail"_s;
    QTest::newRow("gmail") << u"smtp.gmail.com"_s << u"app password"_s;
    QTest::newRow("googlemail") << u"googlemail.com"_s << u"Gmail"_s;
    QTest::newRow("office365") << u"smtp.office365.com"_s << u"OAuth2"_s;
    QTest::newRow("outlook") << u"smtp-mail.outlook.com"_s << u"OAuth2"_s;
    QTest::newRow("hotmail") << u"hotmail.com"_s << u"Microsoft"_s;
    QTest::newRow("icloud") << u"smtp.mail.me.com"_s << u"app-specific password"_s;
    QTest::newRow("icloud user name") << u"icloud.com"_s << u"full iCloud address"_s;
    QTest::newRow("yahoo") << u"smtp.mail.yahoo.com"_s << u"app password"_s;
}

void TestExplanations::providerHintsMatchBySuffix()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);
    const QString hint = ProviderHints::authenticationHint(host);
    QVERIFY2(hint.contains(expected), qPrintable(hint));
}

void TestExplanations::providerHintsIgnoreOtherHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("example") << u"mail.example.com"_s;
    QTest::newRow("label prefix") << u"not163.com"_s;
    QTest::newRow("suffix elsewhere") << u"163.com.example.org"_s;
    QTest::newRow("lookalike") << u"smtp.qq.com.evil.net"_s;
    QTest::newRow("yahoo japan") << u"smtp.mail.yahoo.co.jp"_s;
    QTest::newRow("empty") << QString();
}

void TestExplanations::providerHintsIgnoreOtherHosts()
{
    QFETCH(QString, host);
    QVERIFY(ProviderHints::authenticationHint(host).isEmpty());
    QVERIFY(ProviderHints::replyHint(host, 535, EnhancedStatus(5, 7, 8)).isEmpty());
}

void TestExplanations::providerReplyHints()
{
    // Exmail is not personal QQ Mail: different password, different hint.
    QVERIFY(!ProviderHints::authenticationHint(u"smtp.exmail.qq.com"_s).contains(u"QQ Mail"_s));
    QVERIFY(ProviderHints::replyHint(u"smtp.office365.com"_s, 550, EnhancedStatus(5, 7, 30))
                .contains(u"OAuth2"_s));
    QVERIFY(ProviderHints::replyHint(u"smtp.gmail.com"_s, 534, EnhancedStatus(5, 7, 14))
                .contains(u"web browser"_s));
    QVERIFY(ProviderHints::replyHint(u"smtp.qq.com"_s, 501, {}).contains(u"sender address"_s));
    QVERIFY(ProviderHints::replyHint(u"smtp.163.com"_s, 553, {}).contains(u"sender address"_s));
    QVERIFY(ProviderHints::replyHint(u"smtp.163.com"_s, 250, {}).isEmpty());
    QVERIFY(
        ProviderHints::replyHint(u"mail.example.com"_s, 550, EnhancedStatus(5, 7, 30)).isEmpty());
}

void TestExplanations::serverTextAndCodeArePassedThrough()
{
    Outcome outcome = replyOutcome(Category::Auth, Phase::Auth, 535, u"5.7.8"_s);
    outcome.serverText = u"Error: authentication failed <b>&amp;</b> 认证失败\nsecond line"_s;
    const Explanation explanation = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    QCOMPARE(explanation.serverText, outcome.serverText);
    QCOMPARE(explanation.codeText, u"535 5.7.8"_s);
    QVERIFY(!explanation.details.contains(outcome.serverText));

    outcome.enhanced = {};
    QCOMPARE(OutcomeExplainer::explain(outcome, {}).codeText, u"535"_s);
    outcome.code = 0;
    QVERIFY(OutcomeExplainer::explain(outcome, {}).codeText.isEmpty());
}

void TestExplanations::wrongPasswordAt163NamesTheAuthorizationCode()
{
    Outcome outcome = replyOutcome(Category::Auth, Phase::Auth, 535);
    outcome.serverText = u"Error: authentication failed"_s;
    const Explanation at163 = OutcomeExplainer::explain(outcome, u"smtp.163.com"_s);
    QVERIFY(at163.headline.contains(u"password"_s));
    QVERIFY2(at163.advice.join(u'\n').contains(u"授权码"_s), qPrintable(at163.advice.join(u'\n')));
    // The provider's hint comes first: it is the most likely fix.
    QVERIFY(at163.advice.value(0).contains(u"NetEase"_s));

    const Explanation elsewhere = OutcomeExplainer::explain(outcome, u"mail.example.com"_s);
    QVERIFY(!everything(elsewhere).contains(u"授权码"_s));
    QVERIFY(everything(elsewhere).contains(u"app password"_s));

    // When the password was never tried, the provider's password advice would mislead.
    Outcome notOffered;
    notOffered.category = Category::Auth;
    notOffered.phase = Phase::Auth;
    notOffered.reason = Reason::AuthNotOffered;
    QVERIFY(!everything(OutcomeExplainer::explain(notOffered, u"smtp.163.com"_s))
                 .contains(u"授权码"_s));
}

void TestExplanations::basicAuthenticationDisabledSuggestsOAuth2_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::newRow("550 5.7.30") << 550 << u"5.7.30"_s;
    QTest::newRow("535 5.7.139") << 535 << u"5.7.139"_s;
}

void TestExplanations::basicAuthenticationDisabledSuggestsOAuth2()
{
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    const Explanation explanation = OutcomeExplainer::explain(
        replyOutcome(Category::Auth, Phase::Auth, code, enhanced), u"smtp.office365.com"_s);
    QVERIFY2(explanation.headline.contains(u"turned off"_s), qPrintable(explanation.headline));
    QVERIFY(explanation.advice.value(0).contains(u"OAuth2"_s));
    QVERIFY(explanation.advice.join(u'\n').contains(u"SMTP AUTH"_s));
}

void TestExplanations::authenticationRequiredSuggestsTlsWhenPlain()
{
    Outcome outcome = replyOutcome(Category::Rejected, Phase::MailFrom, 530, u"5.7.0"_s);
    const Explanation plain = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    QVERIFY(plain.headline.contains(u"sign-in"_s));
    QVERIFY(plain.advice.join(u'\n').contains(u"STARTTLS"_s));

    outcome.tls.encrypted = true;
    const Explanation encrypted = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    QVERIFY(!encrypted.advice.join(u'\n').contains(u"STARTTLS"_s));
    QVERIFY(encrypted.advice.join(u'\n').contains(u"user name and password"_s));
}

void TestExplanations::messageTooLargeGivesBothSizes()
{
    Outcome outcome;
    outcome.category = Category::Rejected;
    outcome.phase = Phase::MailFrom;
    outcome.reason = Reason::MessageTooLarge;
    outcome.messageBytes = 31'457'280; // 30 MB
    outcome.sizeLimit = 20'971'520;    // 20 MB
    const Explanation explanation = OutcomeExplainer::explain(outcome, u"smtp.163.com"_s);
    const QLocale locale;
    const QString message =
        locale.formattedDataSize(outcome.messageBytes, 1, QLocale::DataSizeTraditionalFormat);
    const QString limit =
        locale.formattedDataSize(outcome.sizeLimit, 1, QLocale::DataSizeTraditionalFormat);
    QCOMPARE(message, u"30.0 MB"_s);
    QVERIFY2(explanation.details.contains(message), qPrintable(explanation.details));
    QVERIFY(explanation.details.contains(limit));
    QVERIFY(!explanation.advice.isEmpty());

    // A 552 5.3.4 from the server is explained the same way.
    Outcome reply = replyOutcome(Category::Rejected, Phase::DataEnd, 552, u"5.3.4"_s);
    reply.messageBytes = outcome.messageBytes;
    reply.sizeLimit = outcome.sizeLimit;
    const Explanation fromServer = OutcomeExplainer::explain(reply, u"smtp.163.com"_s);
    QCOMPARE(fromServer.headline, explanation.headline);
    QVERIFY(fromServer.details.contains(message));
}

void TestExplanations::nearlyEqualSizesShowExactBytes()
{
    Outcome outcome;
    outcome.category = Category::Rejected;
    outcome.reason = Reason::MessageTooLarge;
    outcome.messageBytes = 10'485'800;
    outcome.sizeLimit = 10'485'760;
    const Explanation explanation = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    QVERIFY2(explanation.details.contains(u"10,485,800"_s), qPrintable(explanation.details));
    QVERIFY(explanation.details.contains(u"10,485,760"_s));
}

void TestExplanations::expiredCertificateGivesTheDate()
{
    const Explanation explanation = OutcomeExplainer::explain(
        certificateOutcome(QSslError::CertificateExpired), u"mail.example.net"_s);
    QVERIFY2(explanation.details.contains(u"expired on 2023-04-30"_s),
             qPrintable(explanation.details));
    QVERIFY(explanation.details.contains(u"AB:AB:AB"_s)); // the fingerprint, for pinning
    QVERIFY(explanation.advice.join(u'\n').contains(u"expired"_s));
    QVERIFY(explanation.details.contains(u"No password and no message were sent."_s));
}

void TestExplanations::wrongHostNameGivesSubjectAndNames()
{
    const Explanation explanation = OutcomeExplainer::explain(
        certificateOutcome(QSslError::HostNameMismatch), u"smtp.other.org"_s);
    QVERIFY(explanation.details.contains(u"CN=mail.example.net, O=Example"_s));
    QVERIFY(explanation.details.contains(u"mail.example.net, smtp.example.net"_s));
    QVERIFY(explanation.details.contains(u"smtp.other.org"_s));
    QVERIFY(!explanation.details.contains(u"DNS:"_s));
}

void TestExplanations::unknownIssuerIsNamed()
{
    const Explanation unknown = OutcomeExplainer::explain(
        certificateOutcome(QSslError::UnableToGetLocalIssuerCertificate), u"mail.example.net"_s);
    QVERIFY(unknown.details.contains(u"issued by CN=Example Issuing CA, O=Example"_s));
    QVERIFY(unknown.advice.join(u'\n').contains(u"CA file"_s));
    QVERIFY(unknown.advice.join(u'\n').contains(u"pin"_s));

    const Explanation selfSigned = OutcomeExplainer::explain(
        certificateOutcome(QSslError::SelfSignedCertificate), u"mail.example.net"_s);
    QVERIFY(selfSigned.details.contains(u"self-signed"_s));
    // Pinning is offered only after the user has checked the fingerprint.
    QVERIFY(selfSigned.advice.join(u'\n').contains(u"Only if you have confirmed"_s));

    const Explanation revoked = OutcomeExplainer::explain(
        certificateOutcome(QSslError::CertificateRevoked), u"mail.example.net"_s);
    QVERIFY(!revoked.advice.join(u'\n').contains(u"pin"_s));
}

void TestExplanations::pinMismatchWarnsOfInterception()
{
    Outcome outcome = certificateOutcome(QSslError::NoError);
    outcome.reason = Reason::CertificatePinMismatch;
    outcome.tls.problems.clear();
    const Explanation explanation = OutcomeExplainer::explain(outcome, u"mail.example.net"_s);
    QVERIFY(explanation.details.contains(u"intercepting"_s));
    QVERIFY(explanation.details.contains(leafCertificate().sha256Hex()));
}

void TestExplanations::implicitTlsOnPlainPortSuggestsStartTls()
{
    Outcome outcome;
    outcome.category = Category::Tls;
    outcome.phase = Phase::TlsHandshake;
    outcome.reason = Reason::TlsHandshakeFailed;
    outcome.detail = smtp::Note::verbatim(u"error:0A00010B:SSL routines::wrong version number"_s);
    const Explanation explanation = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    QVERIFY(explanation.details.contains(u"plain text"_s));
    QVERIFY(explanation.details.contains(outcome.detail.text()));
    QVERIFY(explanation.advice.value(0).contains(u"587"_s));
    QVERIFY(explanation.advice.value(0).contains(u"STARTTLS"_s));

    outcome.phase = Phase::StartTls;
    const Explanation afterStartTls = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    QVERIFY(afterStartTls.headline != explanation.headline);
}

void TestExplanations::greetingTimeoutSuggestsImplicitTls()
{
    Outcome outcome;
    outcome.category = Category::Temporary;
    outcome.phase = Phase::Greeting;
    outcome.reason = Reason::Timeout;
    outcome.detail = smtp::Note::of(QT_TRANSLATE_NOOP("smtp", "no reply within %1 s"), 300);
    const Explanation explanation = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    QVERIFY(explanation.advice.value(0).contains(u"465"_s));
    QVERIFY(explanation.advice.value(0).contains(u"SSL/TLS"_s));
}

// Issue 18, item 6: the engine's detail is a note, shown in the person's language; a detail
// that is someone else's words (a socket error) is shown as it came.
void TestExplanations::technicalDetailSpeaksTheLanguage()
{
    Outcome outcome;
    outcome.category = Category::Temporary;
    outcome.phase = Phase::Auth;
    outcome.reason = Reason::Timeout;
    outcome.detail = smtp::Note::of(QT_TRANSLATE_NOOP("smtp", "no reply within %1 s"), 30);
    Outcome socketError = outcome;
    socketError.reason = Reason::NetworkError;
    socketError.detail = smtp::Note::verbatim(u"Network unreachable"_s);

    hongyan::Translations::install(u"zh_CN"_s);
    const Explanation chinese = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    const Explanation chineseSocket = OutcomeExplainer::explain(socketError, {});
    hongyan::Translations::install(u"en"_s);
    const Explanation english = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);

    QVERIFY2(chinese.details.contains(u"30 秒内没有回复"_s), qPrintable(chinese.details));
    QVERIFY2(!chinese.details.contains(u"no reply"_s), qPrintable(chinese.details));
    QVERIFY2(english.details.contains(u"no reply within 30 s"_s), qPrintable(english.details));
    QVERIFY2(chineseSocket.details.contains(u"Network unreachable"_s),
             qPrintable(chineseSocket.details));
}

void TestExplanations::connectTimeoutSuggestsOtherPorts()
{
    Outcome outcome;
    outcome.category = Category::Connect;
    outcome.phase = Phase::Connect;
    outcome.reason = Reason::ConnectTimeout;
    const Explanation explanation = OutcomeExplainer::explain(outcome, u"mx.example.com"_s);
    QVERIFY(explanation.headline.contains(u"mx.example.com"_s));
    QVERIFY(explanation.details.contains(u"port 25"_s));
    QVERIFY(explanation.advice.value(0).contains(u"465"_s));
    QVERIFY(explanation.advice.value(0).contains(u"587"_s));
}

void TestExplanations::unknownOutcomeNeverSuggestsBlindResend_data()
{
    QTest::addColumn<int>("reason");
    QTest::newRow("timeout") << int(Reason::Timeout);
    QTest::newRow("lost") << int(Reason::LostAfterData);
    QTest::newRow("cancelled") << int(Reason::Cancelled);
}

void TestExplanations::unknownOutcomeNeverSuggestsBlindResend()
{
    QFETCH(int, reason);
    Outcome outcome;
    outcome.category = Category::Unknown;
    outcome.phase = Phase::DataEnd;
    outcome.reason = Reason(reason);
    const Explanation explanation = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    const QString advice = explanation.advice.join(u'\n');
    QVERIFY(explanation.details.contains(u"may"_s));
    QVERIFY(advice.contains(u"first check"_s));
    QVERIFY(!advice.contains(u"Try again"_s));
}

void TestExplanations::temporaryFailureExplainsGreylisting()
{
    const Explanation explanation = OutcomeExplainer::explain(
        replyOutcome(Category::Temporary, Phase::RcptTo, 451, u"4.7.1"_s), u"mx.example.com"_s);
    QVERIFY(explanation.details.contains(u"greylisting"_s));
    QVERIFY(explanation.advice.join(u'\n').contains(u"outbox"_s));
}

void TestExplanations::deliveredGivesQueueId()
{
    Outcome outcome = replyOutcome(Category::Delivered, Phase::DataEnd, 250, u"2.0.0"_s);
    outcome.reason = Reason::None;
    outcome.serverText = u"Ok: queued as 4F2A1C"_s;
    outcome.recipients = {smtp::RecipientResult{u"a@example.com"_s, true, 250, {}, {}}};
    const Explanation explanation = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    QCOMPARE(explanation.headline, OutcomeExplainer::tr("The message was sent."));
    QVERIFY(explanation.details.contains(u"4F2A1C"_s));
    QVERIFY(explanation.details.contains(u"1 recipient"_s));
}

void TestExplanations::partialDeliveryCountsRecipients()
{
    Outcome outcome = replyOutcome(Category::Partial, Phase::DataEnd, 250, u"2.0.0"_s);
    outcome.reason = Reason::RecipientsRejected;
    outcome.serverText = u"Ok: queued as 77B1"_s;
    outcome.recipients = {
        smtp::RecipientResult{u"a@example.com"_s, true, 250, {}, {}},
        smtp::RecipientResult{u"typo@example.com"_s, false, 550, EnhancedStatus(5, 1, 1),
                              u"no such user"_s},
        smtp::RecipientResult{u"c@example.com"_s, true, 250, {}, {}},
    };
    const Explanation explanation = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    QVERIFY2(explanation.headline.contains(u"2 of 3"_s), qPrintable(explanation.headline));
    QVERIFY(explanation.details.contains(u"typo@example.com"_s));
    QVERIFY(explanation.details.contains(u"550 5.1.1"_s));
    QVERIFY(explanation.details.contains(u"77B1"_s));
    QVERIFY(explanation.advice.join(u'\n').contains(u"typing errors"_s));

    outcome.category = Category::Rejected;
    outcome.recipients = {outcome.recipients.at(1)};
    const Explanation rejected = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    QVERIFY(rejected.headline.contains(u"every recipient"_s));
}

void TestExplanations::mechanismListIsShown()
{
    Outcome outcome;
    outcome.category = Category::Auth;
    outcome.phase = Phase::Auth;
    outcome.reason = Reason::AuthMechanismUnavailable;
    outcome.detail = smtp::Note::verbatim(u"the server offers GSSAPI NTLM"_s);
    outcome.offeredAuthMechanisms = {u"GSSAPI"_s, u"NTLM"_s};
    const Explanation explanation = OutcomeExplainer::explain(outcome, u"smtp.example.com"_s);
    QVERIFY(explanation.details.contains(u"GSSAPI, NTLM"_s));
    QVERIFY(!explanation.details.contains(u"the server offers GSSAPI"_s));
}

QTEST_GUILESS_MAIN(TestExplanations)
#include "tst_explanations.moc"
