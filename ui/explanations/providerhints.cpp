#include "providerhints.h"

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

enum class Provider {
    None,
    NetEase,
    NetEaseEnterprise,
    QqMail,
    TencentExmail,
    AlibabaMail,
    AlibabaEnterprise,
    SinaMail,
    SohuMail,
    Mail139,
    Gmail,
    Microsoft,
    ICloud,
    Yahoo,
};

struct Domain
{
    QStringView suffix;
    Provider provider;
};

// More specific suffixes come first: exmail.qq.com is not personal QQ Mail, and the
// enterprise services of NetEase and Alibaba use their own passwords.
constexpr Domain domains[] = {
    {u"qiye.163.com", Provider::NetEaseEnterprise},
    {u"163.com", Provider::NetEase},
    {u"126.com", Provider::NetEase},
    {u"yeah.net", Provider::NetEase},
    {u"188.com", Provider::NetEase},
    {u"exmail.qq.com", Provider::TencentExmail},
    {u"qq.com", Provider::QqMail},
    {u"foxmail.com", Provider::QqMail},
    {u"qiye.aliyun.com", Provider::AlibabaEnterprise},
    {u"mxhichina.com", Provider::AlibabaEnterprise},
    {u"aliyun.com", Provider::AlibabaMail},
    {u"sina.com", Provider::SinaMail},
    {u"sina.cn", Provider::SinaMail},
    {u"sohu.com", Provider::SohuMail},
    {u"139.com", Provider::Mail139},
    {u"gmail.com", Provider::Gmail},
    {u"googlemail.com", Provider::Gmail},
    {u"outlook.com", Provider::Microsoft},
    {u"hotmail.com", Provider::Microsoft},
    {u"live.com", Provider::Microsoft},
    {u"msn.com", Provider::Microsoft},
    {u"office365.com", Provider::Microsoft},
    {u"icloud.com", Provider::ICloud},
    {u"me.com", Provider::ICloud},
    {u"mac.com", Provider::ICloud},
    {u"yahoo.com", Provider::Yahoo},
    {u"ymail.com", Provider::Yahoo},
    {u"rocketmail.com", Provider::Yahoo},
};

// Accepts a host name ("smtp.163.com"), a domain ("163.com") or an address
// ("zhang@163.com"); matches whole labels only, so "not163.com" is not NetEase.
Provider providerFor(const QString& hostOrAddress)
{
    QString host = hostOrAddress.trimmed().toLower();
    const qsizetype at = host.lastIndexOf(u'@');
    if (at >= 0)
        host = host.mid(at + 1);
    while (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty())
        return Provider::None;
    for (const Domain& domain : domains) {
        if (host == domain.suffix)
            return domain.provider;
        if (host.size() > domain.suffix.size() && host.endsWith(domain.suffix) &&
            host.at(host.size() - domain.suffix.size() - 1) == u'.')
            return domain.provider;
    }
    return Provider::None;
}

bool isAuthenticationFailure(int code, const smtp::EnhancedStatus& status)
{
    if (code == 535 || code == 534)
        return true;
    if (status.statusClass() != 5 || status.subject() != 7)
        return false;
    switch (status.detail()) {
    case 8:   // credentials invalid
    case 9:   // mechanism too weak
    case 14:  // Gmail: sign-in blocked
    case 30:  // Microsoft: basic authentication disabled
    case 139: // Microsoft: SMTP AUTH disabled
        return true;
    default:
        return false;
    }
}

} // namespace

QString ProviderHints::authenticationHint(const QString& host)
{
    switch (providerFor(host)) {
    case Provider::None:
        return {};
    case Provider::NetEase:
        return tr("NetEase Mail (163.com, 126.com, yeah.net) does not accept your login password "
                  "from mail programs. In the web mailbox, open Settings → POP3/SMTP/IMAP, turn "
                  "on the SMTP service and use the client authorization code (授权码) it gives "
                  "you as the password.");
    case Provider::NetEaseEnterprise:
        return tr("NetEase Enterprise Mail: use your full address as the user name. If your "
                  "administrator turned on client-specific passwords, generate one in the web "
                  "mailbox and use it instead of your login password.");
    case Provider::QqMail:
        return tr("QQ Mail does not accept your QQ password from mail programs. In QQ Mail's "
                  "settings (account section), turn on the SMTP service and generate an "
                  "authorization code (授权码); use that code as the password.");
    case Provider::TencentExmail:
        return tr("Tencent Exmail (WeCom Mail): when secure login is turned on, mail programs "
                  "need a client-specific password (客户端专用密码), generated in the web "
                  "mailbox under account security; your login password is refused. The user "
                  "name is your full address.");
    case Provider::AlibabaMail:
        return tr("Alibaba Mail (aliyun.com): turn on the POP3/SMTP service in the web "
                  "mailbox's settings before using a mail program, and use your full address "
                  "as the user name.");
    case Provider::AlibabaEnterprise:
        return tr("Alibaba Enterprise Mail: use your full address as the user name. If a "
                  "security password for third-party clients is turned on, generate one in the "
                  "web mailbox and use it instead of your login password; your administrator "
                  "may also restrict mail programs.");
    case Provider::SinaMail:
        return tr("Sina Mail: turn on the POP3/SMTP service in the web mailbox's settings; if "
                  "it gives you an authorization code (授权码), use that code as the password.");
    case Provider::SohuMail:
        return tr("Sohu Mail: turn on the POP3/SMTP service in the web mailbox's settings; if "
                  "it asks you to set a separate password for mail programs, use that password "
                  "here.");
    case Provider::Mail139:
        return tr("139 Mail (China Mobile): turn on the SMTP service in the web mailbox's "
                  "settings; if it gives you an authorization code (授权码), use that code as "
                  "the password.");
    case Provider::Gmail:
        return tr("Gmail does not accept your Google password from mail programs. Turn on "
                  "2-Step Verification for your Google Account, create an app password (Google "
                  "Account → Security → App passwords) and use it here, or sign in with "
                  "OAuth2.");
    case Provider::Microsoft:
        return tr("Outlook.com and Microsoft 365 are retiring password sign-in (basic "
                  "authentication) for SMTP, and many accounts already refuse it: sign in with "
                  "OAuth2 instead. For a Microsoft 365 work or school account, an administrator "
                  "must also turn on authenticated SMTP (SMTP AUTH) for the mailbox.");
    case Provider::ICloud:
        return tr("iCloud Mail needs an app-specific password: create one at appleid.apple.com "
                  "(Sign-In and Security → App-Specific Passwords; two-factor authentication "
                  "must be on). The user name is your full iCloud address.");
    case Provider::Yahoo:
        return tr("Yahoo Mail needs an app password: create one under Account Info → Account "
                  "Security → Generate app password, and use it instead of your Yahoo "
                  "password.");
    }
    return {};
}

QString ProviderHints::replyHint(const QString& host, int code, const smtp::EnhancedStatus& status)
{
    const Provider provider = providerFor(host);
    const QString enhanced = status.toString();
    switch (provider) {
    case Provider::Microsoft:
        if (enhanced == u"5.7.57"_s)
            return tr("Microsoft 365 accepts mail from a program only after it signs in: enter "
                      "the mailbox's address as the user name and sign in with OAuth2.");
        if (enhanced == u"5.7.60"_s)
            return tr("Microsoft 365: the signed-in mailbox may not send as this sender address. "
                      "Use the mailbox's own address as the sender, or ask the administrator "
                      "for \"Send As\" permission.");
        if (code == 535 && enhanced == u"5.7.3"_s)
            return authenticationHint(host);
        break;
    case Provider::Gmail:
        if (enhanced == u"5.7.14"_s)
            return tr("Google blocked this sign-in. Open Gmail in a web browser on this "
                      "computer, confirm any security alert, then sign in with an app password "
                      "or OAuth2.");
        if (enhanced == u"5.4.5"_s)
            return tr("Gmail limits how many messages an account may send per day; the limit "
                      "resets within 24 hours.");
        break;
    case Provider::NetEase:
        if (code == 550 && !status.isValid())
            return tr("NetEase answers \"User has no permission\" when the SMTP service is not "
                      "turned on: turn it on in the web mailbox under Settings → "
                      "POP3/SMTP/IMAP.");
        if (code == 553)
            return tr("NetEase requires the sender address to be the address you signed in "
                      "with (\"Mail from must equal authorized user\").");
        if (code == 554)
            return tr("If NetEase's text contains DT:SPM, its spam filter stopped the message: "
                      "change the subject and content, or send it to yourself first.");
        break;
    case Provider::QqMail:
        if (code == 501 || code == 553)
            return tr("QQ Mail requires the sender address to be the address you signed in "
                      "with.");
        break;
    default:
        break;
    }
    if (isAuthenticationFailure(code, status))
        return authenticationHint(host);
    return {};
}

} // namespace hongyan
