<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>账户名称(&amp;N)：</translation>
    </message>
    <message>
        <source>For example: Work, Personal</source>
        <translation>例如：工作、个人</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>邮件地址(&amp;E)：</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Detect &amp;settings</source>
        <translation>检测设置(&amp;S)</translation>
    </message>
    <message>
        <source>Look up the server for this address: built-in presets, the provider&apos;s autoconfig file, DNS, then trying ports 465 and 587</source>
        <translation>为此地址查找服务器：依次查询内置预设、服务商的自动配置文件和 DNS，最后尝试 465 和 587 端口</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>The name recipients see</source>
        <translation>收件人看到的名字</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>发件服务器（SMTP）</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>服务器(&amp;R)：</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>连接安全(&amp;Y)：</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS（通常为 465 端口）</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常为 587 端口）</translation>
    </message>
    <message>
        <source>None: not encrypted</source>
        <translation>无：不加密</translation>
    </message>
    <message>
        <source>Without encryption, your password and your messages cross the network where anyone on the way can read them. Use this only for a server on your own computer or network.</source>
        <translation>不加密时，你的密码和邮件会以明文经过网络，途中任何人都能读到。仅当服务器位于你自己的电脑或网络中时才使用此项。</translation>
    </message>
    <message>
        <source>Settings from:</source>
        <translation>设置来源：</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>登录方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>PLAIN</source>
        <translation>PLAIN</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>OAuth2 access token</source>
        <translation>OAuth2 访问令牌</translation>
    </message>
    <message>
        <source>None: do not sign in</source>
        <translation>无：不登录</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Send the password even though the connection is not encrypted</source>
        <translation>即使连接未加密也发送密码</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Optional: your organisation&apos;s certificate authority (PEM)</source>
        <translation>可选：你所在机构的证书颁发机构（PEM）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>已固定的证书：</translation>
    </message>
    <message>
        <source>For&amp;get</source>
        <translation>取消固定(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation>测试(&amp;T)…</translation>
    </message>
    <message>
        <source>Check these settings step by step without sending mail</source>
        <translation>逐步检查这些设置，不发送邮件</translation>
    </message>
    <message>
        <source>&amp;Sending:</source>
        <translation>发送方式(&amp;S)：</translation>
    </message>
    <message>
        <source>Through your provider&apos;s server (submission)</source>
        <translation>通过服务商的服务器发送（邮件提交）</translation>
    </message>
    <message>
        <source>Directly to the recipients&apos; mail servers (direct delivery)</source>
        <translation>直接发送到收件人的邮件服务器（直接投递）</translation>
    </message>
    <message>
        <source>Direct delivery</source>
        <translation>直接投递</translation>
    </message>
    <message>
        <source>Hongyan looks up each recipient domain&apos;s mail servers (MX) and hands the message to them itself, on port 25, without a server or password of your own. This needs outgoing connections to port 25, which many internet providers and cloud hosts block to stop spam; and many receiving servers refuse or delay (greylist) mail from home connections. Messages refused for now wait in the outbox and are tried again automatically.</source>
        <translation>鸿雁会查找每个收件人域名的邮件服务器（MX），并亲自通过 25 端口把邮件交给它们，不需要你自己的服务器或密码。这要求能向外连接 25 端口，而许多网络运营商和云主机为防范垃圾邮件会封锁该端口；许多接收服务器也会拒收或暂缓接收（灰名单）来自家庭宽带的邮件。暂时被拒绝的邮件会留在发件箱中，并自动重试。</translation>
    </message>
    <message>
        <source>&amp;Require TLS: deliver only to servers that encrypt the connection with a verified certificate</source>
        <translation>要求 TLS(&amp;R)：只投递到使用经过验证的证书加密连接的服务器</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Sends through:</source>
        <translation>发送途径：</translation>
    </message>
    <message>
        <source>Ser&amp;ver settings</source>
        <translation>服务器设置(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>证书(&amp;C)</translation>
    </message>
    <message>
        <source>Hongyan trusts the certificate authorities of this computer. If your organisation&apos;s server uses an authority of its own, choose its certificate here. A certificate pinned after a failed connection is trusted for this server only, and only while it stays the same.</source>
        <translation>鸿雁信任本机的证书颁发机构。如果贵单位的服务器使用自己的颁发机构，请在这里选择它的证书。连接失败后固定的证书只对这台服务器有效，并且只在证书保持不变时有效。</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>超时(&amp;O)：</translation>
    </message>
    <message>
        <source>How long to wait for each reply of the server before the send ends as a temporary failure that names the step. The reply after the message may take up to 10 minutes.</source>
        <translation>每一步等待服务器答复的时长，超过后本次发送以暂时失败结束，并指明卡在哪一步。邮件正文发送完毕后的答复最多可等待 10 分钟。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Use as &amp;default</source>
        <translation>设为默认(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation>诊断(&amp;D)…</translation>
    </message>
    <message>
        <source>No account yet. Add one to start sending mail.</source>
        <translation>还没有账户。添加一个账户即可开始发送邮件。</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>AutoconfigParser</name>
    <message>
        <source>the document is not a clientConfig</source>
        <translation>该文档不是 clientConfig 配置</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the file lists no SMTP server</source>
        <translation>该文件中没有列出 SMTP 服务器</translation>
    </message>
    <message>
        <source>the file lists no SMTP server Hongyan can use</source>
        <translation>该文件中没有鸿雁可以使用的 SMTP 服务器</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Server certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <source>Certificate &amp;chain (the server&apos;s first):</source>
        <translation>证书链(&amp;C)（服务器证书在最前）：</translation>
    </message>
</context>
<context>
    <name>CliMessage</name>
    <message>
        <source>--%1: cannot read &apos;%2&apos;: %3</source>
        <translation>--%1：无法读取“%2”：%3</translation>
    </message>
    <message>
        <source>no sender: give --from ADDR</source>
        <translation>没有发件人：请用 --from ADDR 指定</translation>
    </message>
    <message>
        <source>no recipient: give --to, --cc or --bcc</source>
        <translation>没有收件人：请用 --to、--cc 或 --bcc 指定</translation>
    </message>
    <message>
        <source>--eml: %1</source>
        <translation>--eml：%1</translation>
    </message>
    <message>
        <source>--eml: the file names no recipient (To, Cc, Bcc); give --to</source>
        <translation>--eml：该文件中没有收件人（To、Cc、Bcc）；请用 --to 指定</translation>
    </message>
</context>
<context>
    <name>CliOptionsParser</name>
    <message>
        <source>Usage: hongyan-cli send|build|probe|mx|console [options]; hongyan-cli COMMAND --help for details</source>
        <translation>用法：hongyan-cli send|build|probe|mx|console [选项]；详见 hongyan-cli COMMAND --help</translation>
    </message>
    <message>
        <source>Usage: hongyan-cli mx DOMAIN [--dns-server IP] [--json]</source>
        <translation>用法：hongyan-cli mx DOMAIN [--dns-server IP] [--json]</translation>
    </message>
    <message>
        <source>Usage: hongyan-cli %1 [options]; hongyan-cli %1 --help for details</source>
        <translation>用法：hongyan-cli %1 [选项]；详见 hongyan-cli %1 --help</translation>
    </message>
    <message>
        <source>Commands:
  send     compose (or --eml) and send a message
  build    compose a message into an .eml file
  probe    connect, TLS, EHLO, optional AUTH and MAIL FROM test; no mail
  mx       show the MX route of a domain
  console  talk to a server one command at a time, from standard input
</source>
        <translation>命令：
  send     撰写（或用 --eml 指定）并发送邮件
  build    把邮件写成 .eml 文件
  probe    连接、TLS、EHLO，可选 AUTH 和 MAIL FROM 测试；不发送邮件
  mx       显示域名的 MX 路由
  console  从标准输入逐条向服务器发送命令
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>没有给出命令</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>SMTP server host name.</source>
        <translation>SMTP 服务器主机名。</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Port (default 465 for tls, 587 for starttls, 25 for none).</source>
        <translation>端口（默认：tls 为 465，starttls 为 587，none 为 25）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>tls (implicit TLS), starttls (required) or none.</source>
        <translation>tls（隐式 TLS）、starttls（必须加密）或 none。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Deliver to each recipient domain&apos;s MX hosts.</source>
        <translation>直接投递到每个收件人域名的 MX 主机。</translation>
    </message>
    <message>
        <source>DNS server for MX lookups (port 53).</source>
        <translation>查询 MX 所用的 DNS 服务器（53 端口）。</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>With --direct: refuse MX hosts without STARTTLS.</source>
        <translation>与 --direct 一起使用：拒绝不支持 STARTTLS 的 MX 主机。</translation>
    </message>
    <message>
        <source>Use a saved account (settings and keychain of the GUI).</source>
        <translation>使用已保存的账户（图形界面的设置和密钥环）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>User name for AUTH.</source>
        <translation>AUTH 所用的用户名。</translation>
    </message>
    <message>
        <source>Read the password (or token) from this variable.</source>
        <translation>从此环境变量读取密码（或令牌）。</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Read the password (or token) from the first line of FILE.</source>
        <translation>从 FILE 的第一行读取密码（或令牌）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>auto, plain, login, cram-md5, xoauth2, oauthbearer or none.</source>
        <translation>auto、plain、login、cram-md5、xoauth2、oauthbearer 或 none。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>同时信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Allow sending credentials without TLS.</source>
        <translation>允许在没有 TLS 的情况下发送登录凭据。</translation>
    </message>
    <message>
        <source>Accept exactly the server certificate with this SHA-256 (hex).</source>
        <translation>只接受 SHA-256（十六进制）与此值相符的服务器证书。</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Name to send in EHLO.</source>
        <translation>EHLO 中发送的名称。</translation>
    </message>
    <message>
        <source>Limit for every stage, in seconds.</source>
        <translation>每个阶段的时限，单位为秒。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Write the protocol transcript to FILE (- for standard output).</source>
        <translation>把协议会话记录写入 FILE（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>Prefix transcript lines with the time.</source>
        <translation>在会话记录的每一行前加上时间。</translation>
    </message>
    <message>
        <source>Include state changes and message headers in the transcript.</source>
        <translation>在会话记录中包含状态变化和邮件头。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>probe: test this sender with MAIL FROM, then RSET.</source>
        <translation>probe：用 MAIL FROM 测试此发件人，然后 RSET。</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <source>Sender, e.g. &quot;张三&quot; &lt;zhang@example.com&gt;.</source>
        <translation>发件人，例如 &quot;张三&quot; &lt;zhang@example.com&gt;。</translation>
    </message>
    <message>
        <source>Recipient (repeatable, or a list).</source>
        <translation>收件人（可重复，或给出列表）。</translation>
    </message>
    <message>
        <source>Copy recipient (repeatable).</source>
        <translation>抄送收件人（可重复）。</translation>
    </message>
    <message>
        <source>Blind copy recipient (repeatable; envelope only).</source>
        <translation>密送收件人（可重复；只写入信封）。</translation>
    </message>
    <message>
        <source>Reply-To address.</source>
        <translation>回复地址（Reply-To）。</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>主题。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Plain-text body.</source>
        <translation>纯文本正文。</translation>
    </message>
    <message>
        <source>Plain-text body from a UTF-8 file.</source>
        <translation>从 UTF-8 文件读取纯文本正文。</translation>
    </message>
    <message>
        <source>HTML body from a UTF-8 file (the text is its alternative).</source>
        <translation>从 UTF-8 文件读取 HTML 正文（纯文本正文作为它的替代版本）。</translation>
    </message>
    <message>
        <source>Attach a file (repeatable).</source>
        <translation>添加附件（可重复）。</translation>
    </message>
    <message>
        <source>build: the .eml file to write.</source>
        <translation>build：要写入的 .eml 文件。</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;</source>
        <translation>选项 --%1 不适用于“%2”</translation>
    </message>
    <message>
        <source>mx needs a DOMAIN</source>
        <translation>mx 需要一个域名（DOMAIN）</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number (1-65535)</source>
        <translation>--port：“%1”不是端口号（1-65535）</translation>
    </message>
    <message>
        <source>--security: &apos;%1&apos; is not one of tls, starttls, none</source>
        <translation>--security：“%1”不是 tls、starttls、none 之一</translation>
    </message>
    <message>
        <source>--dns-server: &apos;%1&apos; is not an IP address</source>
        <translation>--dns-server：“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>--password-env and --password-file cannot be used together</source>
        <translation>--password-env 和 --password-file 不能同时使用</translation>
    </message>
    <message>
        <source>--auth: &apos;%1&apos; is not one of auto, plain, login, cram-md5, xoauth2, oauthbearer, none</source>
        <translation>--auth：“%1”不是 auto、plain、login、cram-md5、xoauth2、oauthbearer、none 之一</translation>
    </message>
    <message>
        <source>--pin-sha256: &apos;%1&apos; is not a SHA-256 digest (64 hex digits, colons optional)</source>
        <translation>--pin-sha256：“%1”不是 SHA-256 摘要（64 位十六进制数字，冒号可有可无）</translation>
    </message>
    <message>
        <source>--timeout: &apos;%1&apos; is not a positive number of seconds</source>
        <translation>--timeout：“%1”不是正的秒数</translation>
    </message>
    <message>
        <source>--body and --body-file cannot be used together</source>
        <translation>--body 和 --body-file 不能同时使用</translation>
    </message>
    <message>
        <source>--%1 cannot be used with --eml: the file is sent as it is</source>
        <translation>--%1 不能与 --eml 同时使用：该文件会原样发送</translation>
    </message>
    <message>
        <source>--direct cannot be used with --server or --account</source>
        <translation>--direct 不能与 --server 或 --account 同时使用</translation>
    </message>
    <message>
        <source>no server: give --server HOST, --account NAME or --direct</source>
        <translation>没有服务器：请用 --server HOST、--account NAME 或 --direct 指定</translation>
    </message>
    <message>
        <source>build needs --output FILE</source>
        <translation>build 需要 --output FILE</translation>
    </message>
    <message>
        <source>--%1: file &apos;%2&apos; does not exist</source>
        <translation>--%1：文件“%2”不存在</translation>
    </message>
    <message>
        <source>--%1: file &apos;%2&apos; cannot be read</source>
        <translation>--%1：无法读取文件“%2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain</source>
        <translation>“%1”不是有效的域名</translation>
    </message>
    <message>
        <source>Send this .eml file as it is. Repeat it to send several messages over one connection.</source>
        <translation>按原样发送此 .eml 文件。可重复使用，在同一连接上发送多封邮件。</translation>
    </message>
</context>
<context>
    <name>ComposeForm</name>
    <message>
        <source>&amp;From:</source>
        <translation>发件人(&amp;F)：</translation>
    </message>
    <message>
        <source>Set Up an Account…</source>
        <translation>设置账户…</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>发送邮件（Ctrl+回车）</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>Addresses, separated by commas</source>
        <translation>多个地址用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>抄送(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>密送(&amp;B)：</translation>
    </message>
    <message>
        <source>Receive the message without being named in it</source>
        <translation>这些收件人会收到邮件，但不会出现在邮件中</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>ConsoleDataDialog</name>
    <message>
        <source>DATA: Message Text</source>
        <translation>DATA：邮件内容</translation>
    </message>
    <message>
        <source>The message as it goes after DATA: header lines, an empty line, then the body. Sending adds what SMTP needs: line ends become CRLF, a line starting with a dot gets a second dot, and the final lone dot ends the message.</source>
        <translation>在 DATA 之后发送的邮件内容：先是邮件头各行，然后一个空行，再是正文。发送时会补上 SMTP 所需的处理：行尾改为 CRLF，以点开头的行前再加一个点，最后用单独一个点结束邮件。</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>SMTP Console</source>
        <translation>SMTP 控制台</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect &amp;with:</source>
        <translation>连接方式(&amp;W)：</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>服务器(&amp;R)：</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>连接安全(&amp;Y)：</translation>
    </message>
    <message>
        <source>SSL/TLS from the start (usually port 465)</source>
        <translation>一开始就使用 SSL/TLS（通常为 465 端口）</translation>
    </message>
    <message>
        <source>Plain, then STARTTLS when you send it (usually port 587)</source>
        <translation>先用明文，发送 STARTTLS 后加密（通常为 587 端口）</translation>
    </message>
    <message>
        <source>Plain, no encryption (usually port 25)</source>
        <translation>明文，不加密（通常为 25 端口）</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Optional: only for Authenticate</source>
        <translation>可选：仅用于“登录”</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Used for this session only</source>
        <translation>仅用于本次会话</translation>
    </message>
    <message>
        <source>Allow Authenticate &amp;without encryption (the password crosses the network readable)</source>
        <translation>允许不加密时登录(&amp;W)（密码会以可读形式经过网络）</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <source>Send QUIT and close the connection</source>
        <translation>发送 QUIT 并关闭连接</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Greet the server and ask for its extensions</source>
        <translation>向服务器问候并询问它支持的扩展</translation>
    </message>
    <message>
        <source>Encrypt the connection; the certificate is verified, and what the server said before is forgotten</source>
        <translation>加密连接；会验证证书，并丢弃服务器在此之前所说的一切</translation>
    </message>
    <message>
        <source>&amp;Authenticate</source>
        <translation>登录(&amp;A)</translation>
    </message>
    <message>
        <source>Sign in (AUTH) with the account&apos;s user name and password; the transcript never shows them</source>
        <translation>用账户的用户名和密码登录（AUTH）；会话记录中绝不会显示它们</translation>
    </message>
    <message>
        <source>Ask the server which commands it knows</source>
        <translation>询问服务器支持哪些命令</translation>
    </message>
    <message>
        <source>Do nothing: checks that the server still answers</source>
        <translation>什么也不做：检查服务器是否仍有应答</translation>
    </message>
    <message>
        <source>End the session politely</source>
        <translation>正常结束会话</translation>
    </message>
    <message>
        <source>Start a message: put MAIL FROM with the account&apos;s address on the command line</source>
        <translation>开始一封邮件：在命令行中填入带账户地址的 MAIL FROM</translation>
    </message>
    <message>
        <source>Name a recipient: put RCPT TO on the command line</source>
        <translation>指定收件人：在命令行中填入 RCPT TO</translation>
    </message>
    <message>
        <source>Write the message text and send it after DATA, dot-stuffed</source>
        <translation>撰写邮件内容，在 DATA 之后发送（自动进行点填充）</translation>
    </message>
    <message>
        <source>Abandon the message begun with MAIL FROM</source>
        <translation>放弃用 MAIL FROM 开始的邮件</translation>
    </message>
    <message>
        <source>Ask whether a mailbox exists (most servers do not say)</source>
        <translation>询问某个邮箱是否存在（大多数服务器不会回答）</translation>
    </message>
    <message>
        <source>Ask for the members of a mailing list (most servers refuse)</source>
        <translation>询问邮件列表的成员（大多数服务器会拒绝）</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>命令(&amp;M)：</translation>
    </message>
    <message>
        <source>Type a command, for example NOOP; ↑ and ↓ go through the history</source>
        <translation>输入命令，例如 NOOP；用 ↑ 和 ↓ 浏览历史记录</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
</context>
<context>
    <name>DiagnosisStep</name>
    <message>
        <source>Find the server (DNS)</source>
        <comment>step</comment>
        <translation>查找服务器（DNS）</translation>
    </message>
    <message>
        <source>DNS</source>
        <comment>step</comment>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Connect (TCP)</source>
        <comment>step</comment>
        <translation>连接（TCP）</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <comment>step</comment>
        <translation>TCP 连接</translation>
    </message>
    <message>
        <source>Encrypt (SSL/TLS)</source>
        <comment>step</comment>
        <translation>加密（SSL/TLS）</translation>
    </message>
    <message>
        <source>TLS</source>
        <comment>step</comment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Greeting (EHLO)</source>
        <comment>step</comment>
        <translation>问候（EHLO）</translation>
    </message>
    <message>
        <source>EHLO</source>
        <comment>step</comment>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>Encrypt (STARTTLS)</source>
        <comment>step</comment>
        <translation>加密（STARTTLS）</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>step</comment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Sign in (AUTH)</source>
        <comment>step</comment>
        <translation>登录（AUTH）</translation>
    </message>
    <message>
        <source>AUTH</source>
        <comment>step</comment>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>Sender accepted (MAIL FROM, RSET)</source>
        <comment>step</comment>
        <translation>发件人被接受（MAIL FROM、RSET）</translation>
    </message>
    <message>
        <source>MAIL FROM test</source>
        <comment>step</comment>
        <translation>MAIL FROM 测试</translation>
    </message>
</context>
<context>
    <name>DiagnosisWindow</name>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;certificate…</source>
        <translation>查看证书(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Invalid draft id: %1</source>
        <translation>无效的草稿 ID：%1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>%1: missing inline image %2</source>
        <translation>%1：缺少内嵌图片 %2</translation>
    </message>
</context>
<context>
    <name>FailureDialog</name>
    <message>
        <source>The message was not sent</source>
        <translation>邮件未发送</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Reply code:</source>
        <translation>应答码：</translation>
    </message>
    <message>
        <source>The server&apos;s own words</source>
        <translation>服务器原话</translation>
    </message>
    <message>
        <source>What to try next</source>
        <translation>接下来可以尝试</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>应答码</translation>
    </message>
    <message>
        <source>Server&apos;s words</source>
        <translation>服务器原话</translation>
    </message>
    <message>
        <source>Recipient domains</source>
        <translation>收件人域名</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
</context>
<context>
    <name>MailtoUrl</name>
    <message>
        <source>not a mailto: URL</source>
        <translation>不是 mailto: 链接</translation>
    </message>
    <message>
        <source>invalid percent-encoding in the address</source>
        <translation>地址中的百分号编码无效</translation>
    </message>
    <message>
        <source>invalid percent-encoding in a header field</source>
        <translation>某个头字段中的百分号编码无效</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New Message</source>
        <translation>新邮件</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>会话记录</translation>
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation>新建邮件(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open .eml…</source>
        <translation>打开 .eml(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save &amp;As .eml…</source>
        <translation>另存为 .eml(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation>发件箱(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Keep Copies of Sent Messages</source>
        <translation>保留已发送邮件的副本(&amp;K)</translation>
    </message>
    <message>
        <source>Save every sent message as an .eml file in the local Sent folder</source>
        <translation>将每封已发送的邮件以 .eml 文件保存到本地的“已发送”文件夹</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Manage Accounts…</source>
        <translation>管理账户(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation>诊断(&amp;D)…</translation>
    </message>
    <message>
        <source>Check the selected account step by step without sending mail</source>
        <translation>逐步检查所选账户，不发送邮件</translation>
    </message>
    <message>
        <source>SMTP &amp;Console…</source>
        <translation>SMTP 控制台(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>会话记录(&amp;T)</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>&amp;About Hongyan</source>
        <translation>关于鸿雁(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
</context>
<context>
    <name>MessageErrorText</name>
    <message>
        <source>nothing was given</source>
        <translation>什么也没有填写</translation>
    </message>
    <message>
        <source>it contains a line break or another control character</source>
        <translation>其中含有换行符或其他控制字符</translation>
    </message>
    <message>
        <source>it contains a character that is not allowed there</source>
        <translation>其中含有此处不允许的字符</translation>
    </message>
    <message>
        <source>a quoted name is not closed with &quot;</source>
        <translation>带引号的名字缺少结尾的 &quot;</translation>
    </message>
    <message>
        <source>a comment is not closed with )</source>
        <translation>注释缺少结尾的 )</translation>
    </message>
    <message>
        <source>an address in &lt; &gt; is not closed with &gt;</source>
        <translation>&lt; &gt; 中的地址缺少结尾的 &gt;</translation>
    </message>
    <message>
        <source>a name is given without an address in &lt; &gt;</source>
        <translation>只给出了名字，没有用 &lt; &gt; 括起来的地址</translation>
    </message>
    <message>
        <source>the address has no @</source>
        <translation>地址中没有 @</translation>
    </message>
    <message>
        <source>nothing comes before the @</source>
        <translation>@ 前面没有内容</translation>
    </message>
    <message>
        <source>the part before the @ is not valid</source>
        <translation>@ 前面的部分无效</translation>
    </message>
    <message>
        <source>nothing comes after the @</source>
        <translation>@ 后面没有内容</translation>
    </message>
    <message>
        <source>the domain after the @ is not valid</source>
        <translation>@ 后面的域名无效</translation>
    </message>
    <message>
        <source>the address is too long</source>
        <translation>地址太长</translation>
    </message>
    <message>
        <source>a group is not closed with ;</source>
        <translation>地址组缺少结尾的 ;</translation>
    </message>
    <message>
        <source>a group is inside another group</source>
        <translation>地址组嵌套在另一个地址组中</translation>
    </message>
    <message>
        <source>exactly one address is needed here</source>
        <translation>此处只能填写一个地址</translation>
    </message>
    <message>
        <source>the sender (From) is missing</source>
        <translation>缺少发件人（From）</translation>
    </message>
    <message>
        <source>the message ID is not valid</source>
        <translation>邮件 ID 无效</translation>
    </message>
    <message>
        <source>the content ID of an inline image is not valid</source>
        <translation>内嵌图片的内容 ID 无效</translation>
    </message>
    <message>
        <source>the content type is not valid</source>
        <translation>内容类型无效</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>the file changed after it was added</source>
        <translation>该文件在添加后被修改过</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>无法写入该文件</translation>
    </message>
    <message>
        <source>the header is malformed</source>
        <translation>邮件头格式错误</translation>
    </message>
    <message>
        <source>the header is too long</source>
        <translation>邮件头太长</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: %3</source>
        <translation>%1：“%2”：%3</translation>
    </message>
    <message>
        <source>From</source>
        <comment>message header field</comment>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <comment>message header field</comment>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Cc</source>
        <comment>message header field</comment>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Bcc</source>
        <comment>message header field</comment>
        <translation>密送</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <comment>message header field</comment>
        <translation>回复地址</translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>message header field</comment>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Messages that have not been accepted by a server yet. Each one stays here, with its last error, until it is sent or deleted.</source>
        <translation>尚未被服务器接受的邮件。每封邮件都会连同最近一次的错误留在这里，直到发送成功或被删除。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Send every waiting message now, one connection per account</source>
        <translation>立即发送所有待发邮件，每个账户使用一个连接</translation>
    </message>
    <message>
        <source>Send &amp;All</source>
        <translation>全部发送(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OutcomeExplainer</name>
    <message>
        <source>the server</source>
        <comment>stands in for an unknown server host name</comment>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The server reported success.</source>
        <translation>服务器报告成功。</translation>
    </message>
    <message>
        <source>The server is waiting for more input.</source>
        <translation>服务器正在等待更多输入。</translation>
    </message>
    <message>
        <source>The server reported a temporary problem; the same request may succeed later.</source>
        <translation>服务器报告了暂时性问题；稍后再试同样的请求可能会成功。</translation>
    </message>
    <message>
        <source>The server reported a permanent refusal; the same request will be refused again.</source>
        <translation>服务器报告永久拒绝；同样的请求会再次被拒绝。</translation>
    </message>
    <message>
        <source>Try again in a few minutes; a message in the outbox is kept until it is sent.</source>
        <translation>请过几分钟再试；发件箱中的邮件会一直保留，直到发送成功。</translation>
    </message>
    <message>
        <source>Do not send it again straight away: first check the Sent folder of your webmail, or ask a recipient whether it arrived.</source>
        <translation>不要马上重发：先查看网页邮箱的“已发送”文件夹，或问问收件人是否已收到。</translation>
    </message>
    <message>
        <source>Send it again only if it did not arrive, so that nobody receives it twice.</source>
        <translation>只有确认没有送达时才重发，以免有人收到两次。</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (usually port 465) or STARTTLS (usually port 587) as the security mode.</source>
        <translation>将连接安全设为 SSL/TLS（通常为 465 端口）或 STARTTLS（通常为 587 端口）。</translation>
    </message>
    <message>
        <source>Turn off mail scanning in your antivirus or firewall program, or use port 465 with SSL/TLS, which such programs usually leave alone.</source>
        <translation>关闭杀毒软件或防火墙中的邮件扫描功能，或改用 465 端口和 SSL/TLS，这类程序通常不会干预它。</translation>
    </message>
    <message>
        <source>Many servers refuse a first message from an unknown sender for a few minutes (greylisting) and accept it when it is sent again.</source>
        <translation>许多服务器会在几分钟内拒收陌生发件人的第一封邮件（灰名单），再次发送时才接受。</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>颁发给：%1</translation>
    </message>
    <message>
        <source>Valid for the names: %1</source>
        <translation>适用的名称：%1</translation>
    </message>
    <message>
        <source>Issued by: itself (self-signed)</source>
        <translation>颁发者：自身（自签名）</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>有效期：%1 至 %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>服务器的证书已于 %1 过期。</translation>
    </message>
    <message>
        <source>A certificate in the chain (%1) expired on %2.</source>
        <translation>证书链中的一个证书（%1）已于 %2 过期。</translation>
    </message>
    <message>
        <source>The certificate is valid only from %1. If that time has passed, this computer&apos;s clock is wrong.</source>
        <translation>该证书从 %1 起才生效。如果这个时间已经过去，说明本机的时钟不对。</translation>
    </message>
    <message>
        <source>The certificate was issued to %1, but the server was reached as %2.</source>
        <translation>该证书颁发给 %1，但连接所用的服务器名称是 %2。</translation>
    </message>
    <message>
        <source>The certificate was issued to %1 for the names %2, but the server was reached as %3.</source>
        <translation>该证书颁发给 %1，适用于名称 %2，但连接所用的服务器名称是 %3。</translation>
    </message>
    <message>
        <source>The certificate is self-signed: the server issued it to itself, so no trusted authority vouches for it.</source>
        <translation>该证书是自签名的：服务器自己给自己颁发了证书，没有受信任的颁发机构为它担保。</translation>
    </message>
    <message>
        <source>The certificate chain ends in an authority that signed itself (%1) and that this computer does not trust.</source>
        <translation>证书链的末端是一个自签名的颁发机构（%1），本机不信任它。</translation>
    </message>
    <message>
        <source>The certificate was issued by %1, an authority this computer does not trust.</source>
        <translation>该证书由 %1 颁发，本机不信任这个颁发机构。</translation>
    </message>
    <message>
        <source>The certificate has been revoked by its issuer and must not be used any more.</source>
        <translation>该证书已被颁发者吊销，不能再使用。</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>服务器没有发送证书。</translation>
    </message>
    <message>
        <source>The certificate chain is invalid: %1</source>
        <translation>证书链无效：%1</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>%1 的证书不受信任。</translation>
    </message>
    <message>
        <source>If you did not expect this, do not continue: someone could be intercepting the connection.</source>
        <translation>如果这出乎你的意料，请不要继续：可能有人在拦截这个连接。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone.</source>
        <translation>请检查本机的日期、时间和时区。</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator that the certificate has expired.</source>
        <translation>请告知服务器管理员证书已过期。</translation>
    </message>
    <message>
        <source>Enter the server name exactly as your provider documents it; if one of the certificate&apos;s names belongs to your provider, use that name.</source>
        <translation>请严格按服务商文档填写服务器名称；如果证书中的某个名称属于你的服务商，就使用那个名称。</translation>
    </message>
    <message>
        <source>If the server uses its own certificate authority (common for company servers), get that authority&apos;s certificate from the administrator and add it as a CA file.</source>
        <translation>如果服务器使用自己的证书颁发机构（公司服务器常见），请向管理员索取该机构的证书，并将其添加为 CA 文件。</translation>
    </message>
    <message>
        <source>Only if you have confirmed the SHA-256 fingerprint with the server&apos;s administrator, pin this certificate: a pin accepts exactly this certificate for this server and port.</source>
        <translation>只有在与服务器管理员核对过 SHA-256 指纹之后，才固定此证书：固定后，对该服务器和端口只接受这一个证书。</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed.</source>
        <translation>%1 的证书已更改。</translation>
    </message>
    <message>
        <source>You pinned a certificate for this server, but it now presents a different one. It may have been renewed, or someone may be intercepting the connection.</source>
        <translation>你为此服务器固定了一个证书，但它现在出示的是另一个证书。可能是证书已更新，也可能有人在拦截这个连接。</translation>
    </message>
    <message>
        <source>Do not accept the new certificate until you have confirmed its SHA-256 fingerprint with the server&apos;s administrator.</source>
        <translation>在与服务器管理员核对新证书的 SHA-256 指纹之前，不要接受它。</translation>
    </message>
    <message>
        <source>If it was renewed, replace the pin with the new certificate, or remove the pin if the new certificate is trusted without it.</source>
        <translation>如果证书确实已更新，请改为固定新证书；如果新证书本身已受信任，也可以取消固定。</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>找不到服务器名称 %1。</translation>
    </message>
    <message>
        <source>No address exists for this name in DNS, or this computer cannot reach a DNS server.</source>
        <translation>DNS 中没有这个名称的地址，或者本机无法连接到 DNS 服务器。</translation>
    </message>
    <message>
        <source>Check the spelling of the server name, for example smtp.163.com or smtp.gmail.com.</source>
        <translation>请检查服务器名称的拼写，例如 smtp.163.com 或 smtp.gmail.com。</translation>
    </message>
    <message>
        <source>Check that this computer is online: do web sites open?</source>
        <translation>请确认本机已联网：网页能打开吗？</translation>
    </message>
    <message>
        <source>If you use a VPN or a proxy, check its DNS settings.</source>
        <translation>如果你使用 VPN 或代理，请检查它的 DNS 设置。</translation>
    </message>
    <message>
        <source>The connection to %1 was refused.</source>
        <translation>到 %1 的连接被拒绝。</translation>
    </message>
    <message>
        <source>The computer at this address answered, but no mail service is listening on this port. Usually the port is wrong, or the mail service is not running.</source>
        <translation>该地址的计算机有应答，但这个端口上没有邮件服务在监听。通常是端口填错了，或者邮件服务没有运行。</translation>
    </message>
    <message>
        <source>Check the port: 465 for SSL/TLS, 587 for STARTTLS, 25 for delivery between servers.</source>
        <translation>请检查端口：SSL/TLS 用 465，STARTTLS 用 587，服务器之间投递用 25。</translation>
    </message>
    <message>
        <source>If the settings are right, the server may be down: try again later.</source>
        <translation>如果设置无误，可能是服务器宕机了：请稍后再试。</translation>
    </message>
    <message>
        <source>A firewall on this computer or on the network can also refuse connections.</source>
        <translation>本机或网络中的防火墙也可能拒绝连接。</translation>
    </message>
    <message>
        <source>No connection to %1 could be made in time.</source>
        <translation>未能在限定时间内连接到 %1。</translation>
    </message>
    <message>
        <source>The server did not answer at all. Most often a firewall or the internet provider blocks this port (many block port 25), or the server cannot be reached from this network.</source>
        <translation>服务器完全没有应答。最常见的原因是防火墙或网络运营商封锁了这个端口（很多运营商封锁 25 端口），或者从当前网络无法访问该服务器。</translation>
    </message>
    <message>
        <source>Try port 465 with SSL/TLS, or port 587 with STARTTLS, instead of port 25.</source>
        <translation>不要用 25 端口，改用 465 端口（SSL/TLS）或 587 端口（STARTTLS）。</translation>
    </message>
    <message>
        <source>Check firewall, antivirus, proxy and VPN settings; on a company or campus network, ask the administrator whether outgoing mail ports are open.</source>
        <translation>请检查防火墙、杀毒软件、代理和 VPN 设置；在公司或校园网中，请询问管理员外发邮件的端口是否开放。</translation>
    </message>
    <message>
        <source>Check the server name and port for typing errors.</source>
        <translation>请检查服务器名称和端口是否有输入错误。</translation>
    </message>
    <message>
        <source>The network connection to %1 failed.</source>
        <translation>与 %1 的网络连接失败。</translation>
    </message>
    <message>
        <source>A network error stopped the connection before the server could be reached.</source>
        <translation>在连接到服务器之前，网络错误中断了连接。</translation>
    </message>
    <message>
        <source>Check that this computer is online, and check proxy and VPN settings.</source>
        <translation>请确认本机已联网，并检查代理和 VPN 设置。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>请稍后再试。</translation>
    </message>
    <message>
        <source>The encrypted connection (SSL/TLS) to %1 could not be set up.</source>
        <translation>无法与 %1 建立加密连接（SSL/TLS）。</translation>
    </message>
    <message>
        <source>The server answered in plain text, not with encryption: this port does not use SSL/TLS from the first byte.</source>
        <translation>服务器以明文而不是加密方式应答：这个端口不是从第一个字节起就使用 SSL/TLS 的。</translation>
    </message>
    <message>
        <source>The server did not complete the TLS handshake. Most likely this port expects STARTTLS or plain text rather than SSL/TLS, or the server supports only outdated TLS versions.</source>
        <translation>服务器没有完成 TLS 握手。最可能的原因是这个端口要求 STARTTLS 或明文，而不是 SSL/TLS；也可能服务器只支持过时的 TLS 版本。</translation>
    </message>
    <message>
        <source>Port %1 starts in plain text and uses STARTTLS, not SSL/TLS: choose STARTTLS, or use port 465 with SSL/TLS.</source>
        <translation>%1 端口以明文开始并使用 STARTTLS，而不是 SSL/TLS：请选择 STARTTLS，或改用 465 端口和 SSL/TLS。</translation>
    </message>
    <message>
        <source>Port 587 usually uses STARTTLS, not SSL/TLS: choose STARTTLS, or use port 465 with SSL/TLS.</source>
        <translation>587 端口通常使用 STARTTLS，而不是 SSL/TLS：请选择 STARTTLS，或改用 465 端口和 SSL/TLS。</translation>
    </message>
    <message>
        <source>If port and security mode are right, the server may support only outdated TLS versions or ciphers; ask its administrator to update it.</source>
        <translation>如果端口和连接安全设置都正确，服务器可能只支持过时的 TLS 版本或加密算法；请让服务器管理员升级。</translation>
    </message>
    <message>
        <source>Encryption with STARTTLS failed.</source>
        <translation>STARTTLS 加密失败。</translation>
    </message>
    <message>
        <source>The server agreed to start encryption, but the TLS handshake failed. The server may support only outdated TLS versions or ciphers, or a program between you and the server (antivirus, firewall) interferes.</source>
        <translation>服务器同意开始加密，但 TLS 握手失败。服务器可能只支持过时的 TLS 版本或加密算法，也可能是你与服务器之间的程序（杀毒软件、防火墙）在干扰。</translation>
    </message>
    <message>
        <source>If that does not help, ask the server&apos;s administrator which TLS versions it supports.</source>
        <translation>如果仍然无效，请询问服务器管理员它支持哪些 TLS 版本。</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS).</source>
        <translation>服务器不提供加密（STARTTLS）。</translation>
    </message>
    <message>
        <source>These settings require encryption, so Hongyan stopped rather than send your password and message unencrypted, where anyone on the network path could read them.</source>
        <translation>这些设置要求加密，因此鸿雁停止了操作，而不是以不加密的方式发送你的密码和邮件——那样网络路径上的任何人都能读到。</translation>
    </message>
    <message>
        <source>Port 465 expects SSL/TLS from the first byte: choose SSL/TLS.</source>
        <translation>465 端口从第一个字节起就要求 SSL/TLS：请选择 SSL/TLS。</translation>
    </message>
    <message>
        <source>Use the port your provider documents for STARTTLS, usually 587.</source>
        <translation>请使用服务商文档中为 STARTTLS 指定的端口，通常是 587。</translation>
    </message>
    <message>
        <source>Antivirus or firewall programs that scan mail can remove STARTTLS from the server&apos;s answer; turn such scanning off.</source>
        <translation>扫描邮件的杀毒软件或防火墙可能会从服务器的应答中删去 STARTTLS；请关闭这类扫描。</translation>
    </message>
    <message>
        <source>Choose &quot;no encryption&quot; only for a server on a network you fully trust.</source>
        <translation>只有当服务器位于你完全信任的网络中时，才选择“不加密”。</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS).</source>
        <translation>服务器拒绝开始加密（STARTTLS）。</translation>
    </message>
    <message>
        <source>It offered STARTTLS but answered the command with an error. Hongyan does not continue without encryption.</source>
        <translation>服务器声明支持 STARTTLS，却对该命令返回了错误。鸿雁不会在没有加密的情况下继续。</translation>
    </message>
    <message>
        <source>Try port 465 with SSL/TLS.</source>
        <translation>请尝试 465 端口和 SSL/TLS。</translation>
    </message>
    <message>
        <source>If it keeps happening, tell the server&apos;s administrator.</source>
        <translation>如果一直出现这种情况，请告知服务器管理员。</translation>
    </message>
    <message>
        <source>The connection was stopped: unexpected data arrived before encryption started.</source>
        <translation>连接已中止：在加密开始之前收到了意外的数据。</translation>
    </message>
    <message>
        <source>After the server agreed to start encryption, more data arrived before the encrypted connection existed. Attackers use this to slip forged answers into the encrypted session (STARTTLS response injection), so Hongyan closed the connection.</source>
        <translation>服务器同意开始加密后，在加密连接建立之前又收到了更多数据。攻击者会借此把伪造的应答塞进加密会话（STARTTLS 响应注入），因此鸿雁关闭了连接。</translation>
    </message>
    <message>
        <source>Try again. If it happens again, the server or a device between you and it (proxy, firewall) is faulty or hostile: report it to the administrator.</source>
        <translation>请重试。如果再次发生，说明服务器或你与它之间的设备（代理、防火墙）有故障或存在恶意：请报告给管理员。</translation>
    </message>
    <message>
        <source>Port 465 with SSL/TLS is not affected by this problem.</source>
        <translation>465 端口（SSL/TLS）不受此问题影响。</translation>
    </message>
    <message>
        <source>The server did not confirm the message in time.</source>
        <translation>服务器没有及时确认这封邮件。</translation>
    </message>
    <message>
        <source>The whole message was sent, but the server&apos;s answer never came. The message may or may not have been delivered.</source>
        <translation>整封邮件已发出，但一直没有等到服务器的应答。邮件可能已送达，也可能没有。</translation>
    </message>
    <message>
        <source>The encrypted connection (SSL/TLS) to %1 was not set up in time.</source>
        <translation>未能在限定时间内与 %1 建立加密连接（SSL/TLS）。</translation>
    </message>
    <message>
        <source>With SSL/TLS, encryption starts with the first byte. A server that instead sends a plain-text greeting, as on ports 587 and 25, never answers the handshake.</source>
        <translation>使用 SSL/TLS 时，加密从第一个字节开始。而像 587 和 25 端口那样先发送明文问候语的服务器，永远不会响应这个握手。</translation>
    </message>
    <message>
        <source>Port 25 starts in plain text: choose STARTTLS there.</source>
        <translation>25 端口以明文开始：请在该端口选择 STARTTLS。</translation>
    </message>
    <message>
        <source>Encryption with STARTTLS did not finish in time.</source>
        <translation>STARTTLS 加密未能及时完成。</translation>
    </message>
    <message>
        <source>The server agreed to start encryption, but the handshake stalled. A firewall or antivirus program that inspects mail traffic can cause this.</source>
        <translation>服务器同意开始加密，但握手停滞了。检查邮件流量的防火墙或杀毒软件可能导致这种情况。</translation>
    </message>
    <message>
        <source>The server did not greet within the time limit.</source>
        <translation>服务器没有在时限内发送问候语。</translation>
    </message>
    <message>
        <source>The encrypted connection was set up, but the server said nothing after it.</source>
        <translation>加密连接已建立，但之后服务器什么也没说。</translation>
    </message>
    <message>
        <source>The connection was made, but the server said nothing. The most common cause is the wrong security mode: a port for SSL/TLS (usually 465) waits for encryption from the first byte and never sends a plain-text greeting.</source>
        <translation>连接已建立，但服务器什么也没说。最常见的原因是连接安全设置不对：SSL/TLS 端口（通常为 465）从第一个字节起就等待加密，不会发送明文问候语。</translation>
    </message>
    <message>
        <source>Port 465 expects TLS from the first byte: choose SSL/TLS as the security mode.</source>
        <translation>465 端口从第一个字节起就要求 TLS：请将连接安全设为 SSL/TLS。</translation>
    </message>
    <message>
        <source>Otherwise the server may be overloaded, or a firewall lets the connection through but not the data.</source>
        <translation>否则可能是服务器过载，或者防火墙放行了连接却拦下了数据。</translation>
    </message>
    <message>
        <source>Sending the message stalled.</source>
        <translation>邮件发送停滞了。</translation>
    </message>
    <message>
        <source>The upload made no progress for too long. The message was not complete, so it was not delivered.</source>
        <translation>上传长时间没有进展。邮件不完整，因此没有送达。</translation>
    </message>
    <message>
        <source>Check the network connection; a slow connection takes long for large attachments but should still make progress.</source>
        <translation>请检查网络连接；网速慢时大附件需要较长时间，但进度仍应不断前进。</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>服务器不再应答。</translation>
    </message>
    <message>
        <source>It did not reply in time during this step: %1. Nothing was delivered.</source>
        <translation>在此步骤中服务器没有及时应答：%1。没有任何内容送达。</translation>
    </message>
    <message>
        <source>Check the network connection.</source>
        <translation>请检查网络连接。</translation>
    </message>
    <message>
        <source>The server closed the connection without greeting.</source>
        <translation>服务器没有发送问候语就关闭了连接。</translation>
    </message>
    <message>
        <source>The encrypted connection was set up, but the server hung up before saying anything; it may refuse your network address.</source>
        <translation>加密连接已建立，但服务器一句话没说就断开了；它可能拒绝你的网络地址。</translation>
    </message>
    <message>
        <source>The connection was made, but the server hung up before saying anything. A port that expects SSL/TLS from the first byte (usually 465) may do this when it gets plain text; some servers also hang up on network addresses they refuse.</source>
        <translation>连接已建立，但服务器一句话没说就断开了。要求从第一个字节起使用 SSL/TLS 的端口（通常为 465）收到明文时可能会这样；有些服务器也会直接断开被它拒绝的网络地址。</translation>
    </message>
    <message>
        <source>If the port is 465, choose SSL/TLS as the security mode.</source>
        <translation>如果端口是 465，请将连接安全设为 SSL/TLS。</translation>
    </message>
    <message>
        <source>If it keeps happening, ask the provider whether your network address is blocked.</source>
        <translation>如果一直出现这种情况，请询问服务商你的网络地址是否被封锁。</translation>
    </message>
    <message>
        <source>The server hung up during sign-in.</source>
        <translation>服务器在登录过程中断开了连接。</translation>
    </message>
    <message>
        <source>Some servers close the connection after a wrong password, or after too many sign-in attempts in a short time.</source>
        <translation>有些服务器在密码错误后，或在短时间内登录尝试次数过多时，会关闭连接。</translation>
    </message>
    <message>
        <source>Check the user name and password.</source>
        <translation>请检查用户名和密码。</translation>
    </message>
    <message>
        <source>Wait a while before trying again: repeated failures can lock the account for some time.</source>
        <translation>请等一会儿再试：反复失败可能导致账户被暂时锁定。</translation>
    </message>
    <message>
        <source>The connection was lost while the message was being sent.</source>
        <translation>发送邮件时连接中断了。</translation>
    </message>
    <message>
        <source>The message was not complete, so it was not delivered.</source>
        <translation>邮件不完整，因此没有送达。</translation>
    </message>
    <message>
        <source>Some servers hang up when a message is too large; if it has big attachments, try without them or share them by a link.</source>
        <translation>有些服务器在邮件过大时会断开连接；如果邮件带有大附件，请去掉附件再试，或改用链接分享。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>与 %1 的连接中断了。</translation>
    </message>
    <message>
        <source>It broke before the message was complete, so nothing was delivered.</source>
        <translation>连接在邮件完整发出之前就中断了，因此没有任何内容送达。</translation>
    </message>
    <message>
        <source>The message is too large for this server.</source>
        <translation>邮件太大，此服务器无法接受。</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>The message is %1; the server accepts at most %2.</source>
        <translation>邮件大小为 %1；服务器最多接受 %2。</translation>
    </message>
    <message>
        <source>The server accepts messages up to %1.</source>
        <translation>服务器接受的邮件最大为 %1。</translation>
    </message>
    <message>
        <source>The message is %1.</source>
        <translation>邮件大小为 %1。</translation>
    </message>
    <message>
        <source>Attachments grow by about a third when sent, because they are encoded as text.</source>
        <translation>附件在发送时会编码为文本，因此大约会增大三分之一。</translation>
    </message>
    <message>
        <source>Nothing was delivered.</source>
        <translation>没有任何内容送达。</translation>
    </message>
    <message>
        <source>Share large files by a download link instead of attaching them.</source>
        <translation>大文件请通过下载链接分享，不要作为附件发送。</translation>
    </message>
    <message>
        <source>Or split the attachments over several messages.</source>
        <translation>或者把附件分到几封邮件中发送。</translation>
    </message>
    <message>
        <source>Password sign-in is turned off for this account.</source>
        <translation>此账户已关闭密码登录。</translation>
    </message>
    <message>
        <source>The provider accepts only modern sign-in (OAuth2) from mail programs, or authenticated SMTP is disabled for this mailbox.</source>
        <translation>服务商只接受邮件程序使用新式登录方式（OAuth2），或者此邮箱已禁用经过身份验证的 SMTP。</translation>
    </message>
    <message>
        <source>Choose OAuth2 (XOAUTH2) as the sign-in method and use an OAuth2 access token for this account instead of the password.</source>
        <translation>请将登录方式设为 OAuth2（XOAUTH2），并为此账户使用 OAuth2 访问令牌代替密码。</translation>
    </message>
    <message>
        <source>For a Microsoft 365 work or school account, ask the administrator to enable authenticated SMTP (SMTP AUTH) for this mailbox.</source>
        <translation>如果是 Microsoft 365 工作或学校账户，请让管理员为此邮箱启用经过身份验证的 SMTP（SMTP AUTH）。</translation>
    </message>
    <message>
        <source>The server did not accept your user name or password.</source>
        <translation>服务器不接受你的用户名或密码。</translation>
    </message>
    <message>
        <source>Many providers refuse the normal login password from mail programs and require an app password or an authorization code instead.</source>
        <translation>许多服务商不允许邮件程序使用普通的登录密码，而是要求使用应用专用密码或授权码。</translation>
    </message>
    <message>
        <source>Check the user name: most providers expect the full email address.</source>
        <translation>请检查用户名：大多数服务商要求填写完整的邮件地址。</translation>
    </message>
    <message>
        <source>Type the password again, watching Caps Lock and the keyboard layout.</source>
        <translation>请重新输入密码，注意大写锁定键和键盘布局。</translation>
    </message>
    <message>
        <source>If your provider requires an app password or authorization code, create one and use it instead of your login password.</source>
        <translation>如果你的服务商要求应用专用密码或授权码，请生成一个并用它代替登录密码。</translation>
    </message>
    <message>
        <source>The server refused this sign-in method or blocked the sign-in.</source>
        <translation>服务器拒绝了这种登录方式，或阻止了这次登录。</translation>
    </message>
    <message>
        <source>Set the sign-in method to automatic, so that the strongest method the server offers is used.</source>
        <translation>请将登录方式设为“自动”，以便使用服务器提供的最强方式。</translation>
    </message>
    <message>
        <source>The server requires encryption before sign-in.</source>
        <translation>服务器要求先加密再登录。</translation>
    </message>
    <message>
        <source>The server requires another step before sign-in.</source>
        <translation>服务器要求在登录前完成另一个步骤。</translation>
    </message>
    <message>
        <source>Check that the sign-in method and account settings match what your provider documents.</source>
        <translation>请检查登录方式和账户设置是否与服务商文档一致。</translation>
    </message>
    <message>
        <source>The server asks for a one-time password change-over.</source>
        <translation>服务器要求进行一次性的密码过渡。</translation>
    </message>
    <message>
        <source>Sign in once with the PLAIN method over an encrypted connection, then switch back.</source>
        <translation>请先通过加密连接用 PLAIN 方式登录一次，然后再切换回来。</translation>
    </message>
    <message>
        <source>Sign-in failed because of a temporary problem on the server.</source>
        <translation>由于服务器的暂时性问题，登录失败。</translation>
    </message>
    <message>
        <source>The server could not process the sign-in data.</source>
        <translation>服务器无法处理登录数据。</translation>
    </message>
    <message>
        <source>Try another sign-in method; very long access tokens can exceed some servers&apos; limits.</source>
        <translation>请尝试其他登录方式；过长的访问令牌可能超出某些服务器的限制。</translation>
    </message>
    <message>
        <source>The server refused the sign-in.</source>
        <translation>服务器拒绝了登录。</translation>
    </message>
    <message>
        <source>The server requires sign-in before it accepts mail.</source>
        <translation>服务器要求先登录才接受邮件。</translation>
    </message>
    <message>
        <source>Enter the user name and password of this account: without sign-in, servers accept mail only for their own users.</source>
        <translation>请填写此账户的用户名和密码：不登录时，服务器只接收发给其自身用户的邮件。</translation>
    </message>
    <message>
        <source>The server did not accept the sender for now.</source>
        <translation>服务器暂时不接受该发件人。</translation>
    </message>
    <message>
        <source>The server refused the sender address.</source>
        <translation>服务器拒绝了发件人地址。</translation>
    </message>
    <message>
        <source>Use the address of the account you signed in with as the sender; most providers refuse other sender addresses.</source>
        <translation>请使用登录账户的地址作为发件人；大多数服务商会拒绝其他发件人地址。</translation>
    </message>
    <message>
        <source>Check the sender address for typing errors.</source>
        <translation>请检查发件人地址是否有输入错误。</translation>
    </message>
    <message>
        <source>The server did not accept the message for now.</source>
        <translation>服务器暂时不接受这封邮件。</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>服务器拒收了这封邮件。</translation>
    </message>
    <message>
        <source>The message was not delivered.</source>
        <translation>邮件未送达。</translation>
    </message>
    <message>
        <source>The server refused the message: the sender could not be verified.</source>
        <translation>服务器拒收了这封邮件：无法验证发件人。</translation>
    </message>
    <message>
        <source>The DNS records of the sender&apos;s domain (SPF, DKIM, DMARC) must allow the server you send through. If you own the domain, ask its administrator to add this server; otherwise send through the provider that hosts your address.</source>
        <translation>发件人域名的 DNS 记录（SPF、DKIM、DMARC）必须允许你所用的发信服务器。如果域名归你所有，请让域名管理员添加此服务器；否则请通过托管你邮件地址的服务商发送。</translation>
    </message>
    <message>
        <source>The server&apos;s text usually says why: suspected spam, a blocked attachment type or a block list. Change what it names and try again, or ask the recipient to allow your address.</source>
        <translation>服务器的原话通常会说明原因：疑似垃圾邮件、被禁止的附件类型或黑名单。请修改它指出的内容后重试，或请收件人把你的地址加入允许列表。</translation>
    </message>
    <message>
        <source>The server is not accepting connections now.</source>
        <translation>服务器现在不接受连接。</translation>
    </message>
    <message>
        <source>The server refuses to talk to this computer.</source>
        <translation>服务器拒绝与本机通信。</translation>
    </message>
    <message>
        <source>Servers often refuse home or changing network addresses and addresses on block lists, especially on port 25.</source>
        <translation>服务器常常拒绝家庭宽带或经常变动的网络地址，以及黑名单上的地址，在 25 端口上尤其如此。</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s submission server (port 465 or 587) instead of directly to the recipient&apos;s server.</source>
        <translation>请通过服务商的发信服务器（465 或 587 端口）发送，而不要直接发送到收件人的服务器。</translation>
    </message>
    <message>
        <source>The server&apos;s text often names the block list or a page that explains the block.</source>
        <translation>服务器的原话通常会指出是哪个黑名单，或给出说明封锁原因的网页。</translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO).</source>
        <translation>服务器拒绝了问候（EHLO）。</translation>
    </message>
    <message>
        <source>Some servers refuse a computer name that is not a full domain name, such as &quot;localhost&quot;.</source>
        <translation>有些服务器会拒绝不是完整域名的计算机名，例如“localhost”。</translation>
    </message>
    <message>
        <source>Set the EHLO name to this computer&apos;s full domain name, or leave it empty so that Hongyan chooses one.</source>
        <translation>请把 EHLO 名称设为本机的完整域名，或留空让鸿雁自动选择。</translation>
    </message>
    <message>
        <source>The server did not accept a recipient for now.</source>
        <translation>服务器暂时不接受某个收件人。</translation>
    </message>
    <message>
        <source>The server refused a recipient.</source>
        <translation>服务器拒绝了某个收件人。</translation>
    </message>
    <message>
        <source>The server is not ready to receive the message now.</source>
        <translation>服务器现在还不能接收邮件。</translation>
    </message>
    <message>
        <source>The server refused to receive the message.</source>
        <translation>服务器拒绝接收邮件。</translation>
    </message>
    <message>
        <source>The server reported a temporary problem.</source>
        <translation>服务器报告了暂时性问题。</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>服务器拒绝了请求。</translation>
    </message>
    <message>
        <source>The server ended the session: it is not available right now.</source>
        <translation>服务器结束了会话：它现在不可用。</translation>
    </message>
    <message>
        <source>It may be overloaded or restarting, or it limits how many connections or messages it accepts from you in a short time.</source>
        <translation>它可能过载或正在重启，或者限制了你在短时间内的连接数或邮件数。</translation>
    </message>
    <message>
        <source>The message was not accepted.</source>
        <translation>邮件未被接受。</translation>
    </message>
    <message>
        <source>If it keeps happening, send fewer messages at a time.</source>
        <translation>如果一直出现这种情况，请减少每次发送的邮件数量。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>无法理解服务器的应答。</translation>
    </message>
    <message>
        <source>The answer does not follow the mail protocol (SMTP). Either this is not a mail server (for example a web server on this port), or a program between you and the server is broken: antivirus and firewall programs that intercept ports 25 and 587 are a common cause.</source>
        <translation>该应答不符合邮件协议（SMTP）。要么这不是邮件服务器（例如该端口上是网页服务器），要么你与服务器之间的某个程序出了问题：拦截 25 和 587 端口的杀毒软件和防火墙是常见原因。</translation>
    </message>
    <message>
        <source>Check the server name and port.</source>
        <translation>请检查服务器名称和端口。</translation>
    </message>
    <message>
        <source>The server sent an answer that is far too long.</source>
        <translation>服务器发送的应答过长。</translation>
    </message>
    <message>
        <source>Hongyan stops reading answers beyond a safe size. Either this is not a mail server, or the server or a program between you and it is broken: antivirus and firewall programs that intercept ports 25 and 587 are a common cause.</source>
        <translation>应答超出安全长度时，鸿雁会停止读取。要么这不是邮件服务器，要么服务器或你与它之间的某个程序出了问题：拦截 25 和 587 端口的杀毒软件和防火墙是常见原因。</translation>
    </message>
    <message>
        <source>The server answered in an unexpected way.</source>
        <translation>服务器的应答出乎意料。</translation>
    </message>
    <message>
        <source>Its answer does not fit the step in progress (%1). Hongyan stopped rather than guess what the server did.</source>
        <translation>它的应答与当前步骤（%1）不符。鸿雁停止了操作，而不去猜测服务器做了什么。</translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the transcript to the server&apos;s administrator.</source>
        <translation>请重试；如果再次发生，请把会话记录发给服务器管理员。</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in on this connection.</source>
        <translation>%1 在此连接上不提供登录。</translation>
    </message>
    <message>
        <source>A user name is set, but the server does not accept sign-in here. Many servers offer sign-in only on the submission ports 465 and 587, or only after encryption; a server on port 25 usually receives mail for its own users and needs no sign-in.</source>
        <translation>已设置用户名，但服务器在这里不接受登录。许多服务器只在发信端口 465 和 587 上提供登录，或者只在加密之后才提供；25 端口上的服务器通常只接收发给自己用户的邮件，不需要登录。</translation>
    </message>
    <message>
        <source>Use the submission port your provider documents: 465 with SSL/TLS or 587 with STARTTLS.</source>
        <translation>请使用服务商文档中的发信端口：465（SSL/TLS）或 587（STARTTLS）。</translation>
    </message>
    <message>
        <source>If this server really needs no sign-in (for example a relay in your own network), remove the user name and password.</source>
        <translation>如果此服务器确实不需要登录（例如你自己网络中的中继服务器），请删除用户名和密码。</translation>
    </message>
    <message>
        <source>The server offers no sign-in method that these settings allow.</source>
        <translation>服务器提供的登录方式都不在这些设置允许的范围内。</translation>
    </message>
    <message>
        <source>The server offers: %1.</source>
        <translation>服务器提供：%1。</translation>
    </message>
    <message>
        <source>A password needs PLAIN, LOGIN or CRAM-MD5; an OAuth2 token needs XOAUTH2 or OAUTHBEARER. PLAIN and LOGIN are used only over an encrypted connection.</source>
        <translation>密码需要 PLAIN、LOGIN 或 CRAM-MD5；OAuth2 令牌需要 XOAUTH2 或 OAUTHBEARER。PLAIN 和 LOGIN 只在加密连接上使用。</translation>
    </message>
    <message>
        <source>Set the sign-in method to automatic, or to one of the methods the server offers.</source>
        <translation>请将登录方式设为“自动”，或设为服务器提供的某种方式。</translation>
    </message>
    <message>
        <source>Your password was not sent: the connection is not encrypted.</source>
        <translation>你的密码没有发送：连接未加密。</translation>
    </message>
    <message>
        <source>Over an unencrypted connection, anyone on the network path could read the password.</source>
        <translation>在未加密的连接上，网络路径上的任何人都能读到密码。</translation>
    </message>
    <message>
        <source>Only for a network you fully trust (for example a test server on this computer), allow sign-in without encryption explicitly.</source>
        <translation>仅当网络完全可信时（例如本机上的测试服务器），才明确允许不加密登录。</translation>
    </message>
    <message>
        <source>The sign-in did not finish: the server kept asking.</source>
        <translation>登录未完成：服务器一直在提出质询。</translation>
    </message>
    <message>
        <source>The server sent more sign-in challenges than the method allows. This usually means it did not accept the user name, password or token, without saying so clearly.</source>
        <translation>服务器发送的登录质询次数超出了该方式允许的范围。这通常表示它不接受用户名、密码或令牌，只是没有明说。</translation>
    </message>
    <message>
        <source>With OAuth2, get a fresh access token; an expired token is a common cause.</source>
        <translation>使用 OAuth2 时，请获取新的访问令牌；令牌过期是常见原因。</translation>
    </message>
    <message>
        <source>The settings are incomplete or not valid.</source>
        <translation>设置不完整或无效。</translation>
    </message>
    <message>
        <source>Nothing was sent: a setting must be corrected first (see the technical detail).</source>
        <translation>没有发送任何内容：必须先更正某项设置（见技术细节）。</translation>
    </message>
    <message>
        <source>Correct the setting named in the technical detail: server name, port, security mode, user name or CA file.</source>
        <translation>请更正技术细节中指出的设置：服务器名称、端口、连接安全、用户名或 CA 文件。</translation>
    </message>
    <message>
        <source>An address cannot be used as written.</source>
        <translation>有地址的写法不正确，无法使用。</translation>
    </message>
    <message>
        <source>Nothing was sent. The sender or a recipient address is not a valid mail address.</source>
        <translation>没有发送任何内容。发件人或某个收件人的地址不是有效的邮件地址。</translation>
    </message>
    <message>
        <source>Check the addresses for typing errors, spaces or missing parts; an address looks like name@example.com.</source>
        <translation>请检查地址中是否有输入错误、空格或缺失的部分；地址的形式类似 name@example.com。</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>邮件没有收件人。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>没有发送任何内容。</translation>
    </message>
    <message>
        <source>Add at least one address in To, Cc or Bcc.</source>
        <translation>请在“收件人”“抄送”或“密送”中至少填写一个地址。</translation>
    </message>
    <message>
        <source>The message could not be read.</source>
        <translation>无法读取邮件。</translation>
    </message>
    <message>
        <source>Hongyan could not read the message or one of its attachments, so nothing was delivered.</source>
        <translation>鸿雁无法读取邮件或其中的某个附件，因此没有任何内容送达。</translation>
    </message>
    <message>
        <source>Check that every attached file still exists and can be opened, then send again.</source>
        <translation>请确认每个附件仍然存在且能打开，然后重新发送。</translation>
    </message>
    <message>
        <source>This server cannot take addresses with non-ASCII characters.</source>
        <translation>此服务器不能接受含有非 ASCII 字符的地址。</translation>
    </message>
    <message>
        <source>An address contains characters beyond ASCII, such as Chinese characters before the @. Sending it needs the SMTPUTF8 extension, which this server does not offer. Nothing was sent.</source>
        <translation>某个地址含有 ASCII 以外的字符，例如 @ 前面有汉字。发送这样的地址需要 SMTPUTF8 扩展，而此服务器不提供。没有发送任何内容。</translation>
    </message>
    <message>
        <source>Use an ASCII address for this person if there is one.</source>
        <translation>如果此人有纯 ASCII 的地址，请改用那个地址。</translation>
    </message>
    <message>
        <source>Or send through a server that supports SMTPUTF8.</source>
        <translation>或者通过支持 SMTPUTF8 的服务器发送。</translation>
    </message>
    <message>
        <source>This server cannot take the message&apos;s 8-bit content.</source>
        <translation>此服务器不能接受邮件中的 8 位内容。</translation>
    </message>
    <message>
        <source>The message contains unencoded 8-bit text, and the server does not offer 8BITMIME, the extension needed to send it. Nothing was sent.</source>
        <translation>邮件含有未编码的 8 位文本，而服务器不提供发送它所需的 8BITMIME 扩展。没有发送任何内容。</translation>
    </message>
    <message>
        <source>If the message comes from a file (.eml), convert its text to quoted-printable or Base64 encoding.</source>
        <translation>如果邮件来自文件（.eml），请把其中的文本转换为 quoted-printable 或 Base64 编码。</translation>
    </message>
    <message>
        <source>Or send through a server that supports 8BITMIME.</source>
        <translation>或者通过支持 8BITMIME 的服务器发送。</translation>
    </message>
    <message>
        <source>The server&apos;s queue ID for this message is %1; quote it when you ask the server&apos;s administrator about it.</source>
        <translation>服务器为这封邮件分配的队列 ID 是 %1；向服务器管理员询问时请提供此 ID。</translation>
    </message>
    <message>
        <source>The message was sent to %1 of %2 recipients.</source>
        <translation>邮件已发送给 %2 位收件人中的 %1 位。</translation>
    </message>
    <message numerus="yes">
        <source>The message was not sent: %n recipient(s) were refused, and every recipient is required.</source>
        <translation>
            <numerusform>邮件未发送：有 %n 位收件人被拒绝，而所有收件人都必须被接受。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not accept the recipients for now.</source>
        <translation>服务器暂时不接受这些收件人。</translation>
    </message>
    <message>
        <source>The server refused every recipient.</source>
        <translation>服务器拒绝了所有收件人。</translation>
    </message>
    <message>
        <source>%1 got no answer from the server.</source>
        <translation>服务器没有回应 %1。</translation>
    </message>
    <message>
        <source>%1 was refused (%2): %3</source>
        <translation>%1 被拒绝（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n more recipient(s) were refused.</source>
        <translation>
            <numerusform>另有 %n 位收件人被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the refused addresses for typing errors.</source>
        <translation>请检查被拒绝的地址是否有输入错误。</translation>
    </message>
    <message>
        <source>If the server&apos;s text mentions relaying, it passes mail on only for signed-in users: enter the user name and password of this account.</source>
        <translation>如果服务器的原话提到中继（relay），说明它只为已登录的用户转发邮件：请填写此账户的用户名和密码。</translation>
    </message>
    <message>
        <source>Send to the remaining recipients in a separate message.</source>
        <translation>请另发一封邮件给其余的收件人。</translation>
    </message>
    <message>
        <source>The accepted recipients got the message; after correcting the problem, send it again only to those who were refused.</source>
        <translation>已接受的收件人已收到邮件；解决问题后，只需重新发给被拒绝的收件人。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain declares that it accepts no mail.</source>
        <translation>收件人的域名声明它不接收任何邮件。</translation>
    </message>
    <message>
        <source>Its DNS records say so explicitly (a &quot;null MX&quot; record), so no server will take the message. Nothing was sent.</source>
        <translation>它的 DNS 记录明确如此声明（“null MX”记录），因此没有服务器会接收这封邮件。没有发送任何内容。</translation>
    </message>
    <message>
        <source>Check the part of the address after @; the person may use another address.</source>
        <translation>请检查地址中 @ 后面的部分；此人可能使用其他地址。</translation>
    </message>
    <message>
        <source>No mail server was found for the recipient&apos;s domain.</source>
        <translation>找不到收件人域名的邮件服务器。</translation>
    </message>
    <message>
        <source>The DNS lookup for the domain failed for now, so its mail servers are not known. Nothing was sent.</source>
        <translation>该域名的 DNS 查询暂时失败，因此无法得知它的邮件服务器。没有发送任何内容。</translation>
    </message>
    <message>
        <source>The domain has no mail server and no address in DNS, so mail for it cannot be delivered. Nothing was sent.</source>
        <translation>该域名在 DNS 中既没有邮件服务器，也没有地址，因此无法投递发往它的邮件。没有发送任何内容。</translation>
    </message>
    <message>
        <source>Check the part of the address after @ for typing errors.</source>
        <translation>请检查地址中 @ 后面的部分是否有输入错误。</translation>
    </message>
    <message>
        <source>If you use a custom DNS server, check that it answers for other domains.</source>
        <translation>如果你使用自定义的 DNS 服务器，请检查它能否解析其他域名。</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>邮件已发送。</translation>
    </message>
    <message numerus="yes">
        <source>The server accepted it for %n recipient(s).</source>
        <translation>
            <numerusform>服务器已为 %n 位收件人接受了这封邮件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery to the mailboxes happens after this; if it fails later, a bounce message arrives in your inbox.</source>
        <translation>之后才会投递到各个邮箱；如果稍后投递失败，你的收件箱会收到退信。</translation>
    </message>
    <message>
        <source>Sending was stopped after the whole message had been sent.</source>
        <translation>整封邮件发出之后，发送才被中止。</translation>
    </message>
    <message>
        <source>The server may already have accepted the message.</source>
        <translation>服务器可能已经接受了这封邮件。</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>已取消发送。</translation>
    </message>
    <message>
        <source>It was stopped before the message was complete, so nothing was delivered.</source>
        <translation>发送在邮件完整发出之前就已中止，因此没有任何内容送达。</translation>
    </message>
    <message>
        <source>The message was sent to some of the recipients.</source>
        <translation>邮件只发送给了部分收件人。</translation>
    </message>
    <message>
        <source>Nothing was sent: the input is not valid.</source>
        <translation>没有发送任何内容：输入无效。</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <source>A secure connection could not be established.</source>
        <translation>无法建立安全连接。</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>Sending failed for now.</source>
        <translation>暂时发送失败。</translation>
    </message>
    <message>
        <source>The server broke the mail protocol.</source>
        <translation>服务器违反了邮件协议。</translation>
    </message>
    <message>
        <source>It is not known whether the message was delivered.</source>
        <translation>不确定邮件是否已送达。</translation>
    </message>
    <message>
        <source>Sending was stopped.</source>
        <translation>发送已中止。</translation>
    </message>
    <message>
        <source>Sending failed.</source>
        <translation>发送失败。</translation>
    </message>
    <message>
        <source>The connection was lost after the message was sent.</source>
        <translation>邮件发出后连接中断了。</translation>
    </message>
    <message>
        <source>The whole message was sent, but the connection broke before the server confirmed it. The message may or may not have been delivered.</source>
        <translation>整封邮件已发出，但在服务器确认之前连接中断了。邮件可能已送达，也可能没有。</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>技术细节：%1</translation>
    </message>
    <message>
        <source>No password and no message were sent.</source>
        <translation>密码和邮件都没有发送。</translation>
    </message>
    <message>
        <source>Sending the same message again unchanged will be refused in the same way.</source>
        <translation>不作修改地重发同一封邮件，会以同样的方式被拒绝。</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>outcome category</comment>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Partly sent</source>
        <comment>outcome category</comment>
        <translation>部分发送</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <comment>outcome category</comment>
        <translation>输入无效</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <comment>outcome category</comment>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>Encryption failed</source>
        <comment>outcome category</comment>
        <translation>加密失败</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <comment>outcome category</comment>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>outcome category</comment>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <comment>outcome category</comment>
        <translation>暂时失败</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <comment>outcome category</comment>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <comment>outcome category</comment>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>outcome category</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>preparation</source>
        <comment>session stage</comment>
        <translation>准备</translation>
    </message>
    <message>
        <source>connecting</source>
        <comment>session stage</comment>
        <translation>连接</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <comment>session stage</comment>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>server greeting</source>
        <comment>session stage</comment>
        <translation>服务器问候语</translation>
    </message>
    <message>
        <source>introduction (EHLO)</source>
        <comment>session stage</comment>
        <translation>问候（EHLO）</translation>
    </message>
    <message>
        <source>starting encryption (STARTTLS)</source>
        <comment>session stage</comment>
        <translation>开始加密（STARTTLS）</translation>
    </message>
    <message>
        <source>sign-in</source>
        <comment>session stage</comment>
        <translation>登录</translation>
    </message>
    <message>
        <source>sender (MAIL FROM)</source>
        <comment>session stage</comment>
        <translation>发件人（MAIL FROM）</translation>
    </message>
    <message>
        <source>recipients (RCPT TO)</source>
        <comment>session stage</comment>
        <translation>收件人（RCPT TO）</translation>
    </message>
    <message>
        <source>starting the message (DATA)</source>
        <comment>session stage</comment>
        <translation>开始传送邮件（DATA）</translation>
    </message>
    <message>
        <source>sending the message</source>
        <comment>session stage</comment>
        <translation>传送邮件</translation>
    </message>
    <message>
        <source>waiting for confirmation</source>
        <comment>session stage</comment>
        <translation>等待确认</translation>
    </message>
    <message>
        <source>closing (QUIT)</source>
        <comment>session stage</comment>
        <translation>结束会话（QUIT）</translation>
    </message>
    <message>
        <source>No mail server of the recipient&apos;s domain answered on port 25.</source>
        <translation>收件人域名的邮件服务器都没有在 25 端口上应答。</translation>
    </message>
    <message>
        <source>Every connection to port 25 timed out. Many internet providers and cloud hosts block outgoing port 25 to stop spam; from such a network, direct delivery cannot work. The message stays in the outbox.</source>
        <translation>所有到 25 端口的连接都超时了。许多网络运营商和云主机为防范垃圾邮件而封锁外发的 25 端口；在这样的网络中无法直接投递。邮件仍留在发件箱中。</translation>
    </message>
    <message>
        <source>Send through your mail provider&apos;s server instead (an account with port 465 or 587).</source>
        <translation>请改为通过邮件服务商的服务器发送（使用 465 或 587 端口的账户）。</translation>
    </message>
    <message>
        <source>Ask your internet provider or cloud host whether outgoing port 25 is blocked.</source>
        <translation>请询问你的网络运营商或云主机服务商，外发的 25 端口是否被封锁。</translation>
    </message>
    <message>
        <source>The accepted recipients got the message. The others were refused only for now: try them again later (Hongyan&apos;s outbox does this on its own).</source>
        <translation>已接受的收件人已收到邮件。其余收件人只是暂时被拒绝：请稍后再试（鸿雁的发件箱会自动重试）。</translation>
    </message>
    <message>
        <source>console command</source>
        <comment>session stage</comment>
        <translation>控制台命令</translation>
    </message>
    <message>
        <source>looking up the server</source>
        <comment>session stage</comment>
        <translation>查找服务器</translation>
    </message>
    <message>
        <source>Every check passed; no message was sent.</source>
        <translation>所有检查均已通过；没有发送任何邮件。</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>outcome category</comment>
        <translation>通过</translation>
    </message>
    <message>
        <source>Port %1 of %2 expects SSL/TLS, not %3.</source>
        <translation>%2 的 %1 端口要求 SSL/TLS，而不是%3。</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>The connection was made, but the server sent no greeting: on this port encryption starts with the first byte, so it waits for Hongyan to begin a TLS handshake while Hongyan waits for its greeting. Nothing was sent.</source>
        <translation>连接已建立，但服务器没有发送问候语：这个端口从第一个字节起就加密，服务器在等鸿雁发起 TLS 握手，而鸿雁在等它的问候语。没有发送任何内容。</translation>
    </message>
    <message>
        <source>Choose SSL/TLS as the security mode for port %1.</source>
        <translation>请为 %1 端口选择 SSL/TLS 安全模式。</translation>
    </message>
    <message>
        <source>Or keep STARTTLS and use port 587, if your provider offers it.</source>
        <translation>或者保留 STARTTLS，改用 587 端口（如果服务商提供）。</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>服务器支持时使用 STARTTLS</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password Needed</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The password is used for this message only. Hongyan does not write it to any file.</source>
        <translation>此密码仅用于这封邮件。鸿雁不会把它写入任何文件。</translation>
    </message>
</context>
<context>
    <name>ProviderHints</name>
    <message>
        <source>NetEase Mail (163.com, 126.com, yeah.net) does not accept your login password from mail programs. In the web mailbox, open Settings → POP3/SMTP/IMAP, turn on the SMTP service and use the client authorization code (授权码) it gives you as the password.</source>
        <translation>网易邮箱（163.com、126.com、yeah.net）不允许邮件程序使用你的登录密码。请在网页邮箱中打开“设置 → POP3/SMTP/IMAP”，开启 SMTP 服务，并把它给出的客户端授权码当作密码使用。</translation>
    </message>
    <message>
        <source>NetEase Enterprise Mail: use your full address as the user name. If your administrator turned on client-specific passwords, generate one in the web mailbox and use it instead of your login password.</source>
        <translation>网易企业邮箱：请使用完整的邮件地址作为用户名。如果管理员开启了客户端专用密码，请在网页邮箱中生成一个，用它代替登录密码。</translation>
    </message>
    <message>
        <source>QQ Mail does not accept your QQ password from mail programs. In QQ Mail&apos;s settings (account section), turn on the SMTP service and generate an authorization code (授权码); use that code as the password.</source>
        <translation>QQ 邮箱不允许邮件程序使用你的 QQ 密码。请在 QQ 邮箱的设置（账户部分）中开启 SMTP 服务并生成授权码，把授权码当作密码使用。</translation>
    </message>
    <message>
        <source>Tencent Exmail (WeCom Mail): when secure login is turned on, mail programs need a client-specific password (客户端专用密码), generated in the web mailbox under account security; your login password is refused. The user name is your full address.</source>
        <translation>腾讯企业邮箱（企业微信邮箱）：开启安全登录后，邮件程序需要使用客户端专用密码，可在网页邮箱的账户安全中生成；登录密码会被拒绝。用户名为完整的邮件地址。</translation>
    </message>
    <message>
        <source>Alibaba Mail (aliyun.com): turn on the POP3/SMTP service in the web mailbox&apos;s settings before using a mail program, and use your full address as the user name.</source>
        <translation>阿里邮箱（aliyun.com）：使用邮件程序前，请先在网页邮箱的设置中开启 POP3/SMTP 服务，并使用完整的邮件地址作为用户名。</translation>
    </message>
    <message>
        <source>Alibaba Enterprise Mail: use your full address as the user name. If a security password for third-party clients is turned on, generate one in the web mailbox and use it instead of your login password; your administrator may also restrict mail programs.</source>
        <translation>阿里企业邮箱：请使用完整的邮件地址作为用户名。如果开启了三方客户端安全密码，请在网页邮箱中生成一个，用它代替登录密码；管理员也可能限制了邮件程序的使用。</translation>
    </message>
    <message>
        <source>Sina Mail: turn on the POP3/SMTP service in the web mailbox&apos;s settings; if it gives you an authorization code (授权码), use that code as the password.</source>
        <translation>新浪邮箱：请在网页邮箱的设置中开启 POP3/SMTP 服务；如果它给了你授权码，请把授权码当作密码使用。</translation>
    </message>
    <message>
        <source>Sohu Mail: turn on the POP3/SMTP service in the web mailbox&apos;s settings; if it asks you to set a separate password for mail programs, use that password here.</source>
        <translation>搜狐邮箱：请在网页邮箱的设置中开启 POP3/SMTP 服务；如果它要求为邮件程序设置独立密码，请在这里使用那个密码。</translation>
    </message>
    <message>
        <source>139 Mail (China Mobile): turn on the SMTP service in the web mailbox&apos;s settings; if it gives you an authorization code (授权码), use that code as the password.</source>
        <translation>139 邮箱（中国移动）：请在网页邮箱的设置中开启 SMTP 服务；如果它给了你授权码，请把授权码当作密码使用。</translation>
    </message>
    <message>
        <source>Gmail does not accept your Google password from mail programs. Turn on 2-Step Verification for your Google Account, create an app password (Google Account → Security → App passwords) and use it here, or sign in with OAuth2.</source>
        <translation>Gmail 不允许邮件程序使用你的 Google 密码。请为 Google 账号开启两步验证，创建应用专用密码（Google 账号 → 安全性 → 应用专用密码）并在这里使用，或者用 OAuth2 登录。</translation>
    </message>
    <message>
        <source>Outlook.com and Microsoft 365 are retiring password sign-in (basic authentication) for SMTP, and many accounts already refuse it: sign in with OAuth2 instead. For a Microsoft 365 work or school account, an administrator must also turn on authenticated SMTP (SMTP AUTH) for the mailbox.</source>
        <translation>Outlook.com 和 Microsoft 365 正在停用 SMTP 的密码登录（基本身份验证），许多账户已经拒绝这种方式：请改用 OAuth2 登录。如果是 Microsoft 365 工作或学校账户，管理员还必须为该邮箱开启经过身份验证的 SMTP（SMTP AUTH）。</translation>
    </message>
    <message>
        <source>iCloud Mail needs an app-specific password: create one at appleid.apple.com (Sign-In and Security → App-Specific Passwords; two-factor authentication must be on). The user name is your full iCloud address.</source>
        <translation>iCloud 邮件需要 App 专用密码（即应用专用密码）：请在 appleid.apple.com 创建（登录与安全 → App 专用密码；必须已开启双重认证）。用户名为完整的 iCloud 地址。</translation>
    </message>
    <message>
        <source>Yahoo Mail needs an app password: create one under Account Info → Account Security → Generate app password, and use it instead of your Yahoo password.</source>
        <translation>Yahoo 邮箱需要应用专用密码：请在“账户信息 → 账户安全 → 生成应用密码”中创建一个，用它代替 Yahoo 密码。</translation>
    </message>
    <message>
        <source>Microsoft 365 accepts mail from a program only after it signs in: enter the mailbox&apos;s address as the user name and sign in with OAuth2.</source>
        <translation>Microsoft 365 只接受已登录的程序发送的邮件：请将邮箱地址填为用户名，并用 OAuth2 登录。</translation>
    </message>
    <message>
        <source>Microsoft 365: the signed-in mailbox may not send as this sender address. Use the mailbox&apos;s own address as the sender, or ask the administrator for &quot;Send As&quot; permission.</source>
        <translation>Microsoft 365：已登录的邮箱不能以此发件人地址发送邮件。请使用该邮箱自己的地址作为发件人，或向管理员申请“以他人身份发送”（Send As）权限。</translation>
    </message>
    <message>
        <source>Google blocked this sign-in. Open Gmail in a web browser on this computer, confirm any security alert, then sign in with an app password or OAuth2.</source>
        <translation>Google 阻止了这次登录。请在本机的网页浏览器中打开 Gmail，确认所有安全提醒，然后用应用专用密码或 OAuth2 登录。</translation>
    </message>
    <message>
        <source>Gmail limits how many messages an account may send per day; the limit resets within 24 hours.</source>
        <translation>Gmail 限制了每个账号每天可发送的邮件数量；该限制会在 24 小时内重置。</translation>
    </message>
    <message>
        <source>NetEase answers &quot;User has no permission&quot; when the SMTP service is not turned on: turn it on in the web mailbox under Settings → POP3/SMTP/IMAP.</source>
        <translation>未开启 SMTP 服务时，网易会回复“User has no permission”：请在网页邮箱的“设置 → POP3/SMTP/IMAP”中开启。</translation>
    </message>
    <message>
        <source>NetEase requires the sender address to be the address you signed in with (&quot;Mail from must equal authorized user&quot;).</source>
        <translation>网易要求发件人地址必须与登录所用的地址一致（“Mail from must equal authorized user”）。</translation>
    </message>
    <message>
        <source>If NetEase&apos;s text contains DT:SPM, its spam filter stopped the message: change the subject and content, or send it to yourself first.</source>
        <translation>如果网易的原话中含有 DT:SPM，说明邮件被它的反垃圾邮件过滤器拦截了：请修改主题和内容，或先发给自己试试。</translation>
    </message>
    <message>
        <source>QQ Mail requires the sender address to be the address you signed in with.</source>
        <translation>QQ 邮箱要求发件人地址必须与登录所用的地址一致。</translation>
    </message>
</context>
<context>
    <name>ProviderPresets</name>
    <message>
        <source>NetEase mail does not accept your login password here. Turn on SMTP in the web mail settings (POP3/SMTP/IMAP) and enter the client authorization code (授权码) it gives you.</source>
        <translation>网易邮箱不接受在此使用登录密码。请在网页邮箱设置（POP3/SMTP/IMAP）中开启 SMTP，并填入它给出的客户端授权码。</translation>
    </message>
    <message>
        <source>QQ Mail does not accept your QQ password here. Turn on the SMTP service in QQ Mail&apos;s settings (Account) and enter the authorization code (授权码) it gives you.</source>
        <translation>QQ 邮箱不接受在此使用 QQ 密码。请在 QQ 邮箱的设置（账户）中开启 SMTP 服务，并填入它给出的授权码。</translation>
    </message>
    <message>
        <source>Tencent Exmail: when secure login is on, create a client-specific password (客户端专用密码) and enter it here; otherwise use your mailbox password.</source>
        <translation>腾讯企业邮箱：开启安全登录后，请生成客户端专用密码并填在这里；否则使用邮箱密码。</translation>
    </message>
    <message>
        <source>Turn on POP3/SMTP in the web mail settings first. If third-party client security is on, enter the client password (三方客户端安全密码) instead of your login password.</source>
        <translation>请先在网页邮箱设置中开启 POP3/SMTP。如果开启了三方客户端安全密码，请填入该密码，而不是登录密码。</translation>
    </message>
    <message>
        <source>Turn on SMTP in Sina Mail&apos;s settings; enter the client authorization code (授权码) it gives you instead of your login password.</source>
        <translation>请在新浪邮箱的设置中开启 SMTP，并填入它给出的客户端授权码，而不是登录密码。</translation>
    </message>
    <message>
        <source>Turn on POP3/SMTP in Sohu Mail&apos;s settings and set the independent password (独立密码) it asks for; enter that password here.</source>
        <translation>请在搜狐邮箱的设置中开启 POP3/SMTP，并按要求设置独立密码；在这里填入该密码。</translation>
    </message>
    <message>
        <source>Turn on SMTP in 139 Mail&apos;s settings; enter the client authorization code (授权码) when 139 Mail gives you one, otherwise your mailbox password.</source>
        <translation>请在 139 邮箱的设置中开启 SMTP；如果 139 邮箱给了你客户端授权码，请填入授权码，否则填入邮箱密码。</translation>
    </message>
    <message>
        <source>Gmail refuses your Google password here. Turn on 2-Step Verification, create an app password (16 letters) and enter it, or use an OAuth2 token.</source>
        <translation>Gmail 不接受在此使用 Google 密码。请开启两步验证，创建应用专用密码（16 个字母）并填入，或使用 OAuth2 令牌。</translation>
    </message>
    <message>
        <source>Outlook.com no longer accepts passwords for SMTP: it requires OAuth2 (modern authentication). Enter an OAuth2 access token; a password is refused with 535 5.7.139.</source>
        <translation>Outlook.com 已不再接受 SMTP 使用密码：它要求 OAuth2（新式身份验证）。请填入 OAuth2 访问令牌；使用密码会被拒绝（535 5.7.139）。</translation>
    </message>
    <message>
        <source>Microsoft 365: authenticated SMTP is often turned off by the administrator, and basic authentication is being retired (550 5.7.30, 535 5.7.139). Ask your administrator to enable SMTP AUTH for your mailbox, and use an OAuth2 token where possible.</source>
        <translation>Microsoft 365：经过身份验证的 SMTP 常被管理员关闭，基本身份验证也正在停用（550 5.7.30、535 5.7.139）。请让管理员为你的邮箱启用 SMTP AUTH，并尽可能使用 OAuth2 令牌。</translation>
    </message>
    <message>
        <source>iCloud Mail needs an app-specific password (Apple ID → Sign-In and Security → App-Specific Passwords), not your Apple ID password.</source>
        <translation>iCloud 邮件需要 App 专用密码（Apple ID → 登录与安全 → App 专用密码），而不是 Apple ID 密码。</translation>
    </message>
    <message>
        <source>Yahoo Mail needs an app password (Account Security → Generate app password), not your Yahoo password.</source>
        <translation>Yahoo 邮箱需要应用专用密码（账户安全 → 生成应用密码），而不是 Yahoo 密码。</translation>
    </message>
    <message>
        <source>NetEase 163 Mail</source>
        <translation>网易 163 邮箱</translation>
    </message>
    <message>
        <source>NetEase 126 Mail</source>
        <translation>网易 126 邮箱</translation>
    </message>
    <message>
        <source>NetEase yeah.net Mail</source>
        <translation>网易 yeah.net 邮箱</translation>
    </message>
    <message>
        <source>NetEase VIP 163 Mail</source>
        <translation>网易 163 VIP 邮箱</translation>
    </message>
    <message>
        <source>NetEase VIP 126 Mail</source>
        <translation>网易 126 VIP 邮箱</translation>
    </message>
    <message>
        <source>NetEase 188 Mail</source>
        <translation>网易 188 邮箱</translation>
    </message>
    <message>
        <source>QQ Mail</source>
        <translation>QQ 邮箱</translation>
    </message>
    <message>
        <source>Tencent Exmail</source>
        <translation>腾讯企业邮箱</translation>
    </message>
    <message>
        <source>Aliyun Mail</source>
        <translation>阿里邮箱</translation>
    </message>
    <message>
        <source>Alibaba Mail (enterprise)</source>
        <translation>阿里企业邮箱</translation>
    </message>
    <message>
        <source>Sina Mail</source>
        <translation>新浪邮箱</translation>
    </message>
    <message>
        <source>Sohu Mail</source>
        <translation>搜狐邮箱</translation>
    </message>
    <message>
        <source>139 Mail (China Mobile)</source>
        <translation>139 邮箱（中国移动）</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Outlook.com</source>
        <translation>Outlook.com</translation>
    </message>
    <message>
        <source>Microsoft 365 (Office 365)</source>
        <translation>Microsoft 365（Office 365）</translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation>iCloud 邮件</translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation>Yahoo 邮箱</translation>
    </message>
</context>
<context>
    <name>ReplyCodeCatalogue</name>
    <message>
        <source>Status or help information from the server; not an error.</source>
        <comment>SMTP reply 211</comment>
        <translation>服务器返回的状态或帮助信息；不是错误。</translation>
    </message>
    <message>
        <source>Help text from the server, meant for a person to read; not an error.</source>
        <comment>SMTP reply 214</comment>
        <translation>服务器返回的帮助文本，供人阅读；不是错误。</translation>
    </message>
    <message>
        <source>The server is ready. In answer to STARTTLS it means: ready to start encryption.</source>
        <comment>SMTP reply 220</comment>
        <translation>服务器已就绪。作为对 STARTTLS 的应答时，表示：准备开始加密。</translation>
    </message>
    <message>
        <source>The server is closing the connection normally, at the end of the session.</source>
        <comment>SMTP reply 221</comment>
        <translation>会话结束，服务器正常关闭连接。</translation>
    </message>
    <message>
        <source>Sign-in succeeded.</source>
        <comment>SMTP reply 235</comment>
        <translation>登录成功。</translation>
    </message>
    <message>
        <source>The server carried out the command.</source>
        <comment>SMTP reply 250</comment>
        <translation>服务器已执行该命令。</translation>
    </message>
    <message>
        <source>The recipient is not on this server, but the server accepted the message and will forward it.</source>
        <comment>SMTP reply 251</comment>
        <translation>收件人不在此服务器上，但服务器已接受邮件并会转发。</translation>
    </message>
    <message>
        <source>The server cannot confirm that the recipient exists, but it accepts the message and will try to deliver it.</source>
        <comment>SMTP reply 252</comment>
        <translation>服务器无法确认收件人是否存在，但会接受邮件并尝试投递。</translation>
    </message>
    <message>
        <source>The server is waiting for the next step of the sign-in.</source>
        <comment>SMTP reply 334</comment>
        <translation>服务器正在等待登录的下一步。</translation>
    </message>
    <message>
        <source>The server is ready to receive the text of the message.</source>
        <comment>SMTP reply 354</comment>
        <translation>服务器已准备好接收邮件正文。</translation>
    </message>
    <message>
        <source>The server is not available and is closing the connection. It may be overloaded or restarting, or it limits how many connections or messages it accepts from you. This is temporary.</source>
        <comment>SMTP reply 421</comment>
        <translation>服务器不可用，正在关闭连接。它可能过载或正在重启，或者限制了接受你的连接数或邮件数。这是暂时的。</translation>
    </message>
    <message>
        <source>Before this sign-in method can be used, the account must sign in once with a simple password method (PLAIN, over an encrypted connection).</source>
        <comment>SMTP reply 432</comment>
        <translation>要使用这种登录方式，账户必须先用简单密码方式（在加密连接上使用 PLAIN）登录一次。</translation>
    </message>
    <message>
        <source>The mailbox is unavailable for now: it may be busy, or the server delays senders it does not know yet (greylisting). A later attempt usually works.</source>
        <comment>SMTP reply 450</comment>
        <translation>邮箱暂时不可用：可能正忙，或者服务器会暂缓接收尚不认识的发件人（灰名单）。稍后再试通常就能成功。</translation>
    </message>
    <message>
        <source>The server stopped because of a problem on its side. This is temporary; servers that use greylisting also answer a first attempt this way.</source>
        <comment>SMTP reply 451</comment>
        <translation>服务器因自身的问题停止了处理。这是暂时的；使用灰名单的服务器对首次尝试也会这样应答。</translation>
    </message>
    <message>
        <source>The server is short of storage for now, or the message has more recipients than it accepts at once.</source>
        <comment>SMTP reply 452</comment>
        <translation>服务器暂时存储空间不足，或者邮件的收件人数超过了它一次能接受的数量。</translation>
    </message>
    <message>
        <source>Encryption (TLS) or sign-in is not possible right now because of a temporary problem on the server.</source>
        <comment>SMTP reply 454</comment>
        <translation>由于服务器的暂时性问题，现在无法加密（TLS）或登录。</translation>
    </message>
    <message>
        <source>The server cannot accept the options given with the sender or recipient address at the moment.</source>
        <comment>SMTP reply 455</comment>
        <translation>服务器目前无法接受随发件人或收件人地址一起给出的选项。</translation>
    </message>
    <message>
        <source>The server did not recognise the command, or the line was too long. A program between you and the server may have changed the data.</source>
        <comment>SMTP reply 500</comment>
        <translation>服务器无法识别该命令，或者该行太长。你与服务器之间的某个程序可能修改了数据。</translation>
    </message>
    <message>
        <source>The server refused what was given with the command, usually an address it considers badly formed.</source>
        <comment>SMTP reply 501</comment>
        <translation>服务器拒绝了命令中给出的内容，通常是它认为格式不正确的地址。</translation>
    </message>
    <message>
        <source>The server does not support this command.</source>
        <comment>SMTP reply 502</comment>
        <translation>服务器不支持此命令。</translation>
    </message>
    <message>
        <source>The server did not expect this command at this point, for example sending before signing in.</source>
        <comment>SMTP reply 503</comment>
        <translation>服务器没料到此时会收到这个命令，例如在登录前就发送邮件。</translation>
    </message>
    <message>
        <source>The server does not support this option of the command, for example this sign-in method.</source>
        <comment>SMTP reply 504</comment>
        <translation>服务器不支持该命令的这个选项，例如这种登录方式。</translation>
    </message>
    <message>
        <source>This server does not accept any mail.</source>
        <comment>SMTP reply 521</comment>
        <translation>此服务器不接收任何邮件。</translation>
    </message>
    <message>
        <source>The server requires sign-in first, or encryption (STARTTLS) before anything else.</source>
        <comment>SMTP reply 530</comment>
        <translation>服务器要求先登录，或者首先要加密（STARTTLS）。</translation>
    </message>
    <message>
        <source>The server considers this sign-in method too weak, or the provider blocked the sign-in for security reasons.</source>
        <comment>SMTP reply 534</comment>
        <translation>服务器认为这种登录方式太弱，或者服务商出于安全原因阻止了登录。</translation>
    </message>
    <message>
        <source>The server did not accept the user name and password (or the access token).</source>
        <comment>SMTP reply 535</comment>
        <translation>服务器不接受该用户名和密码（或访问令牌）。</translation>
    </message>
    <message>
        <source>This sign-in method needs an encrypted connection.</source>
        <comment>SMTP reply 538</comment>
        <translation>这种登录方式需要加密连接。</translation>
    </message>
    <message>
        <source>The server refused the request: usually the mailbox does not exist, or the server&apos;s rules refuse this sender or message.</source>
        <comment>SMTP reply 550</comment>
        <translation>服务器拒绝了请求：通常是邮箱不存在，或者服务器的规则拒绝此发件人或这封邮件。</translation>
    </message>
    <message>
        <source>The recipient is not on this server, and the server will not forward the message.</source>
        <comment>SMTP reply 551</comment>
        <translation>收件人不在此服务器上，服务器也不会转发邮件。</translation>
    </message>
    <message>
        <source>A storage limit was exceeded: the message is too large, or the recipient&apos;s mailbox is full.</source>
        <comment>SMTP reply 552</comment>
        <translation>超出了存储限制：邮件太大，或者收件人的邮箱已满。</translation>
    </message>
    <message>
        <source>The address is not allowed: it is badly formed, or you may not send with this sender address.</source>
        <comment>SMTP reply 553</comment>
        <translation>地址不被允许：格式不正确，或者你无权使用此发件人地址发送。</translation>
    </message>
    <message>
        <source>The server refused the transaction. Servers use this for many kinds of refusal, often spam or policy checks; their text says which.</source>
        <comment>SMTP reply 554</comment>
        <translation>服务器拒绝了此次事务。服务器用这个代码表示各种拒绝，常见的是垃圾邮件或策略检查；具体原因见服务器原话。</translation>
    </message>
    <message>
        <source>The server does not recognise or support an option given with the sender or recipient address.</source>
        <comment>SMTP reply 555</comment>
        <translation>服务器无法识别或不支持随发件人或收件人地址一起给出的某个选项。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail.</source>
        <comment>SMTP reply 556</comment>
        <translation>收件人的域名不接收邮件。</translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <comment>enhanced status 2.0.0</comment>
        <translation>请求成功。</translation>
    </message>
    <message>
        <source>The recipient address is valid and was accepted.</source>
        <comment>enhanced status 2.1.5</comment>
        <translation>收件人地址有效，已被接受。</translation>
    </message>
    <message>
        <source>The message was accepted.</source>
        <comment>enhanced status 2.6.0</comment>
        <translation>邮件已被接受。</translation>
    </message>
    <message>
        <source>Sign-in or a security check succeeded.</source>
        <comment>enhanced status 2.7.0</comment>
        <translation>登录或安全检查成功。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is unavailable for now. Servers that use greylisting answer a first message from an unknown sender this way.</source>
        <comment>enhanced status 4.2.0</comment>
        <translation>收件人的邮箱暂时不可用。使用灰名单的服务器对陌生发件人的第一封邮件会这样应答。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full for now; delivery may work once its owner makes room.</source>
        <comment>enhanced status 4.2.2</comment>
        <translation>收件人的邮箱暂时已满；等邮箱主人清理出空间后，投递可能会成功。</translation>
    </message>
    <message>
        <source>The receiving mail system has a temporary problem.</source>
        <comment>enhanced status 4.3.0</comment>
        <translation>接收方的邮件系统出现了暂时性问题。</translation>
    </message>
    <message>
        <source>The receiving mail system is short of storage for now.</source>
        <comment>enhanced status 4.3.1</comment>
        <translation>接收方的邮件系统暂时存储空间不足。</translation>
    </message>
    <message>
        <source>The receiving system is not accepting messages at the moment, for example during maintenance.</source>
        <comment>enhanced status 4.3.2</comment>
        <translation>接收方的系统目前不接收邮件，例如正在维护。</translation>
    </message>
    <message>
        <source>The next mail server did not answer; delivery will be tried again.</source>
        <comment>enhanced status 4.4.1</comment>
        <translation>下一台邮件服务器没有应答；会再次尝试投递。</translation>
    </message>
    <message>
        <source>The connection to the next mail server broke during the transfer.</source>
        <comment>enhanced status 4.4.2</comment>
        <translation>传输过程中与下一台邮件服务器的连接中断了。</translation>
    </message>
    <message>
        <source>The mail system is too busy right now.</source>
        <comment>enhanced status 4.4.5</comment>
        <translation>邮件系统现在太忙。</translation>
    </message>
    <message>
        <source>Delivery is taking longer than expected; the server keeps trying.</source>
        <comment>enhanced status 4.4.7</comment>
        <translation>投递花的时间比预期长；服务器会继续尝试。</translation>
    </message>
    <message>
        <source>Too many recipients for one message at this time; the others can be sent in a separate message.</source>
        <comment>enhanced status 4.5.3</comment>
        <translation>此时一封邮件的收件人太多；其余收件人可以另发一封邮件。</translation>
    </message>
    <message>
        <source>A temporary security or policy refusal: for example a temporary sign-in failure, a sending rate limit, or doubts about your network address.</source>
        <comment>enhanced status 4.7.0</comment>
        <translation>暂时的安全或策略拒绝：例如暂时的登录失败、发送频率限制，或对你的网络地址有疑虑。</translation>
    </message>
    <message>
        <source>The server&apos;s rules do not let this message through for now, often because of greylisting or a rate limit.</source>
        <comment>enhanced status 4.7.1</comment>
        <translation>服务器的规则暂时不允许这封邮件通过，通常是因为灰名单或频率限制。</translation>
    </message>
    <message>
        <source>A password transition is needed: sign in once with a simple password method (PLAIN over an encrypted connection); then this method will work.</source>
        <comment>enhanced status 4.7.12</comment>
        <translation>需要进行密码过渡：请先用简单密码方式（在加密连接上使用 PLAIN）登录一次，之后这种方式就能使用了。</translation>
    </message>
    <message>
        <source>A permanent failure that the server did not describe further.</source>
        <comment>enhanced status 5.0.0</comment>
        <translation>永久性失败，服务器没有进一步说明。</translation>
    </message>
    <message>
        <source>There is a problem with an address, the sender&apos;s or a recipient&apos;s.</source>
        <comment>enhanced status 5.1.0</comment>
        <translation>某个地址有问题，可能是发件人的，也可能是收件人的。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist. Check the address for typing errors.</source>
        <comment>enhanced status 5.1.1</comment>
        <translation>收件人的邮箱不存在。请检查地址是否有输入错误。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain (the part after @) does not exist or cannot receive mail.</source>
        <comment>enhanced status 5.1.2</comment>
        <translation>收件人的域名（@ 后面的部分）不存在或不能接收邮件。</translation>
    </message>
    <message>
        <source>The address is not written correctly.</source>
        <comment>enhanced status 5.1.3</comment>
        <translation>地址的写法不正确。</translation>
    </message>
    <message>
        <source>The mailbox has moved: the person no longer receives mail at this address.</source>
        <comment>enhanced status 5.1.6</comment>
        <translation>邮箱已迁移：此人已不再使用这个地址接收邮件。</translation>
    </message>
    <message>
        <source>The sender address is not written correctly.</source>
        <comment>enhanced status 5.1.7</comment>
        <translation>发件人地址的写法不正确。</translation>
    </message>
    <message>
        <source>The sender&apos;s domain is not accepted: it does not exist, cannot receive replies, or may not send through this server.</source>
        <comment>enhanced status 5.1.8</comment>
        <translation>发件人的域名不被接受：它不存在、不能接收回复，或者不允许通过此服务器发送。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain declares that it accepts no mail at all (a &quot;null MX&quot; record).</source>
        <comment>enhanced status 5.1.10</comment>
        <translation>收件人的域名声明它完全不接收邮件（“null MX”记录）。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox cannot take the message.</source>
        <comment>enhanced status 5.2.0</comment>
        <translation>收件人的邮箱无法接收这封邮件。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled and does not accept messages.</source>
        <comment>enhanced status 5.2.1</comment>
        <translation>收件人的邮箱已停用，不接收邮件。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full.</source>
        <comment>enhanced status 5.2.2</comment>
        <translation>收件人的邮箱已满。</translation>
    </message>
    <message>
        <source>The message is larger than this recipient may receive.</source>
        <comment>enhanced status 5.2.3</comment>
        <translation>邮件超过了此收件人可接收的大小。</translation>
    </message>
    <message>
        <source>The message is larger than this mail system accepts.</source>
        <comment>enhanced status 5.3.4</comment>
        <translation>邮件超过了此邮件系统可接受的大小。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer. Microsoft 365 also uses this code to refuse recipients that do not exist in the receiving organisation.</source>
        <comment>enhanced status 5.4.1</comment>
        <translation>收件人的邮件服务器没有应答。Microsoft 365 也用这个代码拒绝接收方组织中不存在的收件人。</translation>
    </message>
    <message>
        <source>The message cannot be routed: the recipient&apos;s domain has no usable mail server.</source>
        <comment>enhanced status 5.4.4</comment>
        <translation>邮件无法路由：收件人的域名没有可用的邮件服务器。</translation>
    </message>
    <message>
        <source>Delivery took too long and was given up.</source>
        <comment>enhanced status 5.4.7</comment>
        <translation>投递耗时过长，已放弃。</translation>
    </message>
    <message>
        <source>The server did not recognise a command.</source>
        <comment>enhanced status 5.5.1</comment>
        <translation>服务器无法识别某个命令。</translation>
    </message>
    <message>
        <source>A command was not written correctly.</source>
        <comment>enhanced status 5.5.2</comment>
        <translation>某个命令的写法不正确。</translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts.</source>
        <comment>enhanced status 5.5.3</comment>
        <translation>邮件的收件人数超过了服务器可接受的数量。</translation>
    </message>
    <message>
        <source>The options or values given with a command are not valid.</source>
        <comment>enhanced status 5.5.4</comment>
        <translation>随命令给出的选项或值无效。</translation>
    </message>
    <message>
        <source>A line of the sign-in exchange was too long for the server, as can happen with long access tokens.</source>
        <comment>enhanced status 5.5.6</comment>
        <translation>登录交互中的某一行对服务器来说太长，使用较长的访问令牌时可能发生这种情况。</translation>
    </message>
    <message>
        <source>The recipient&apos;s system does not support the format of the message or of an attachment.</source>
        <comment>enhanced status 5.6.1</comment>
        <translation>收件人的系统不支持邮件或某个附件的格式。</translation>
    </message>
    <message>
        <source>The message would have to be converted (for example from 8-bit to 7-bit text), and the server cannot do that.</source>
        <comment>enhanced status 5.6.3</comment>
        <translation>邮件需要转换（例如从 8 位转换为 7 位文本），而服务器做不到。</translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters, which are not allowed here for that sender or recipient.</source>
        <comment>enhanced status 5.6.7</comment>
        <translation>某个地址含有非 ASCII 字符，此处不允许该发件人或收件人使用这样的字符。</translation>
    </message>
    <message>
        <source>A security or policy refusal. Most often: sign-in is required, or encryption (STARTTLS) must be started first.</source>
        <comment>enhanced status 5.7.0</comment>
        <translation>安全或策略拒绝。最常见的情况是：需要登录，或者必须先开始加密（STARTTLS）。</translation>
    </message>
    <message>
        <source>The server&apos;s rules refuse this sender, recipient or message. &quot;Relaying denied&quot; means you must sign in first; other texts point to spam filtering or a blocked sender.</source>
        <comment>enhanced status 5.7.1</comment>
        <translation>服务器的规则拒绝了此发件人、收件人或邮件。“Relaying denied”（拒绝中继）表示你必须先登录；其他说法则指向垃圾邮件过滤或发件人被封锁。</translation>
    </message>
    <message>
        <source>A required security conversion is not possible. Microsoft 365 also uses this code when it refuses a sign-in.</source>
        <comment>enhanced status 5.7.3</comment>
        <translation>无法进行所需的安全转换。Microsoft 365 拒绝登录时也会使用这个代码。</translation>
    </message>
    <message>
        <source>The server does not support a security feature that was requested.</source>
        <comment>enhanced status 5.7.4</comment>
        <translation>服务器不支持所请求的某项安全功能。</translation>
    </message>
    <message>
        <source>The user name, password or access token was not accepted.</source>
        <comment>enhanced status 5.7.8</comment>
        <translation>用户名、密码或访问令牌未被接受。</translation>
    </message>
    <message>
        <source>This sign-in method is too weak for the server; it requires a stronger one.</source>
        <comment>enhanced status 5.7.9</comment>
        <translation>对服务器来说这种登录方式太弱；它要求更强的方式。</translation>
    </message>
    <message>
        <source>Encryption is needed before this sign-in method can be used.</source>
        <comment>enhanced status 5.7.10</comment>
        <translation>使用这种登录方式之前需要先加密。</translation>
    </message>
    <message>
        <source>This sign-in method requires an encrypted connection.</source>
        <comment>enhanced status 5.7.11</comment>
        <translation>这种登录方式要求加密连接。</translation>
    </message>
    <message>
        <source>The user account is disabled.</source>
        <comment>enhanced status 5.7.13</comment>
        <translation>该用户账户已停用。</translation>
    </message>
    <message>
        <source>A trust relationship is required. Gmail uses this code when it blocked a sign-in and wants you to sign in through a web browser first.</source>
        <comment>enhanced status 5.7.14</comment>
        <translation>需要建立信任关系。Gmail 阻止了登录并要求你先通过网页浏览器登录时，会使用这个代码。</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not allow this server to send its mail (the SPF check failed).</source>
        <comment>enhanced status 5.7.23</comment>
        <translation>发件人的域名不允许此服务器代发其邮件（SPF 检查未通过）。</translation>
    </message>
    <message>
        <source>The sending server&apos;s network address has no valid reverse DNS name.</source>
        <comment>enhanced status 5.7.25</comment>
        <translation>发信服务器的网络地址没有有效的反向 DNS 名称。</translation>
    </message>
    <message>
        <source>The message failed the sender checks of its domain (SPF, DKIM, DMARC): the receiving server cannot confirm that it really comes from that domain.</source>
        <comment>enhanced status 5.7.26</comment>
        <translation>邮件未通过其域名的发件人检查（SPF、DKIM、DMARC）：接收服务器无法确认它确实来自该域名。</translation>
    </message>
    <message>
        <source>The sender&apos;s domain declares that it accepts no mail (a &quot;null MX&quot; record), so replies could never reach it.</source>
        <comment>enhanced status 5.7.27</comment>
        <translation>发件人的域名声明它不接收邮件（“null MX”记录），因此回复永远无法送达。</translation>
    </message>
    <message>
        <source>Microsoft 365 and Outlook.com use this code when sign-in with a password (basic authentication) is turned off: the account must sign in with OAuth2. Elsewhere it means the message requires REQUIRETLS, which the next server does not support.</source>
        <comment>enhanced status 5.7.30</comment>
        <translation>当密码登录（基本身份验证）被关闭时，Microsoft 365 和 Outlook.com 会使用这个代码：账户必须用 OAuth2 登录。在其他场合，它表示邮件要求 REQUIRETLS，而下一台服务器不支持。</translation>
    </message>
    <message>
        <source>Microsoft 365: the program did not sign in, so it may not send mail through this server.</source>
        <comment>enhanced status 5.7.57</comment>
        <translation>Microsoft 365：程序没有登录，因此不能通过此服务器发送邮件。</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the sign-in: authenticated SMTP (SMTP AUTH) or password sign-in is turned off for this account or its organisation.</source>
        <comment>enhanced status 5.7.139</comment>
        <translation>Microsoft 365 拒绝了登录：此账户或其所在组织关闭了经过身份验证的 SMTP（SMTP AUTH）或密码登录。</translation>
    </message>
</context>
<context>
    <name>ResultPrinter</name>
    <message>
        <source>%1: not tried</source>
        <translation>%1：未尝试</translation>
    </message>
    <message>
        <source>%1: accepted (%2)</source>
        <translation>%1：已接受（%2）</translation>
    </message>
    <message>
        <source>%1: refused (%2)</source>
        <translation>%1：被拒绝（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Delivered to %n recipient(s).</source>
        <translation>
            <numerusform>已投递给 %n 位收件人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered to %1 of %2 recipients.</source>
        <translation>已投递给 %2 位收件人中的 %1 位。</translation>
    </message>
    <message>
        <source>Queue ID: %1</source>
        <translation>队列 ID：%1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>(HELO only: no ESMTP extensions)</source>
        <translation>（仅支持 HELO：没有 ESMTP 扩展）</translation>
    </message>
    <message>
        <source>TLS: %1, %2 (%3 bits)</source>
        <translation>TLS：%1，%2（%3 位）</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>使用者：%1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>Alternative names: %1</source>
        <translation>使用者可选名称：%1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>有效期：%1 至 %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>Certificate accepted because it matches the pinned SHA-256.</source>
        <translation>证书与固定的 SHA-256 指纹相符，已接受。</translation>
    </message>
    <message>
        <source>Certificate verified.</source>
        <translation>证书验证通过。</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>证书问题：%1</translation>
    </message>
    <message>
        <source>%1: null MX (RFC 7505): this domain accepts no mail.</source>
        <translation>%1：null MX（RFC 7505）：此域名不接收邮件。</translation>
    </message>
    <message>
        <source>hongyan-cli: %1: no mail route: %2</source>
        <translation>hongyan-cli: %1：没有邮件路由：%2</translation>
    </message>
    <message>
        <source>%1: no MX records; mail goes to the domain&apos;s own address (RFC 5321 §5.1).</source>
        <translation>%1：没有 MX 记录；邮件将发往该域名自身的地址（RFC 5321 §5.1）。</translation>
    </message>
    <message>
        <source>%1: MX hosts in the order they are tried:</source>
        <translation>%1：按尝试顺序排列的 MX 主机：</translation>
    </message>
    <message>
        <source>(no address: %1)</source>
        <translation>（没有地址：%1）</translation>
    </message>
    <message>
        <source>%1: accepted (%2), but the message was not delivered</source>
        <translation>%1：已接受（%2），但邮件未送达</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>命令：%1</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>粗体（Ctrl+B）</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>斜体（Ctrl+I）</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>下划线（Ctrl+U）</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>文字颜色</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>编号列表</translation>
    </message>
    <message>
        <source>Quote (Ctrl+Shift+.)</source>
        <translation>引用（Ctrl+Shift+.）</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Insert or edit a link (Ctrl+K)</source>
        <translation>插入或编辑链接（Ctrl+K）</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Send plain text only, without formatting</source>
        <translation>只发送纯文本，不带格式</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>减少缩进</translation>
    </message>
    <message>
        <source>Decrease indent</source>
        <translation>减少缩进</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>增加缩进</translation>
    </message>
    <message>
        <source>Increase indent</source>
        <translation>增加缩进</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Insert an image…</source>
        <translation>插入图片…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>分隔线</translation>
    </message>
    <message>
        <source>Insert a horizontal line</source>
        <translation>插入一条水平分隔线</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除格式</translation>
    </message>
    <message>
        <source>Remove text styles from the selection</source>
        <translation>清除所选文字的样式</translation>
    </message>
</context>
<context>
    <name>SecretReader</name>
    <message>
        <source>--password-env: the environment variable %1 is not set</source>
        <translation>--password-env：未设置环境变量 %1</translation>
    </message>
    <message>
        <source>--password-file: cannot read &apos;%1&apos;: %2</source>
        <translation>--password-file：无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>no password given and no terminal to ask for one: use --password-env or --password-file</source>
        <translation>没有给出密码，也没有可用来询问密码的终端：请使用 --password-env 或 --password-file</translation>
    </message>
</context>
<context>
    <name>SendProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop sending (Esc)</source>
        <translation>停止发送（Esc）</translation>
    </message>
</context>
<context>
    <name>SettingsSource</name>
    <message>
        <source>Entered by hand.</source>
        <translation>手动填写。</translation>
    </message>
    <message>
        <source>From Hongyan&apos;s built-in settings for %1.</source>
        <translation>来自鸿雁内置的 %1 设置。</translation>
    </message>
    <message>
        <source>From the provider&apos;s autoconfig file at %1.</source>
        <translation>来自服务商位于 %1 的自动配置文件。</translation>
    </message>
    <message>
        <source>From the DNS SRV record %1.</source>
        <translation>来自 DNS SRV 记录 %1。</translation>
    </message>
    <message>
        <source>The domain&apos;s mail server %1 belongs to a known provider; these are that provider&apos;s settings.</source>
        <translation>该域名的邮件服务器 %1 属于一家已知的服务商；这些是该服务商的设置。</translation>
    </message>
    <message>
        <source>Found by trying %1: a mail server answered there. No provider confirmed these settings.</source>
        <translation>通过尝试 %1 找到：那里有邮件服务器应答。没有服务商确认过这些设置。</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>Transcript</source>
        <translation>会话记录</translation>
    </message>
    <message>
        <source>Summary shows the conversation; Debug adds state changes and message headers</source>
        <translation>“摘要”显示对话内容；“调试”还会显示状态变化和邮件头</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Choose which kinds of lines are shown</source>
        <translation>选择显示哪些类型的行</translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation>搜索会话记录</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>Only matching lines</source>
        <translation>只显示匹配的行</translation>
    </message>
    <message>
        <source>Copy the selected lines, or every line shown when none is selected</source>
        <translation>复制选中的行；没有选中时复制显示的所有行</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save the lines shown to a text file</source>
        <translation>把显示的行保存为文本文件</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Remove every line</source>
        <translation>清除所有行</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>耗时</translation>
    </message>
</context>
<context>
    <name>TranscriptPrinter</name>
    <message>
        <source>--transcript: cannot write &apos;%1&apos;: %2</source>
        <translation>--transcript：无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>hongyan::AccountEditor</name>
    <message>
        <source>Entered by hand.</source>
        <translation>手动填写。</translation>
    </message>
    <message>
        <source>Provider&apos;s help</source>
        <translation>服务商帮助</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>访问令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Look up the mail servers of a recipient domain and check the first one on port 25, without sending mail</source>
        <translation>查找某个收件人域名的邮件服务器，并在 25 端口上检查第一台，不发送邮件</translation>
    </message>
    <message>
        <source>Check these settings step by step without sending mail</source>
        <translation>逐步检查这些设置，不发送邮件</translation>
    </message>
    <message>
        <source>Directly to the recipients&apos; mail servers</source>
        <translation>直接投递到收件人的邮件服务器</translation>
    </message>
    <message>
        <source>No server yet: detect the settings, or enter them under “Server settings”.</source>
        <translation>尚未设置服务器：请检测设置，或在“服务器设置”中填写。</translation>
    </message>
    <message>
        <source>%1, port %2, %3</source>
        <translation>%1，端口 %2，%3</translation>
    </message>
</context>
<context>
    <name>hongyan::AccountsController</name>
    <message>
        <source>direct delivery (MX)</source>
        <translation>直接投递（MX）</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>Saved in the system keychain; type to replace it</source>
        <translation>已保存在系统密钥环中；输入新密码可替换</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the password will not be saved anywhere: Hongyan will ask for it when sending.</source>
        <translation>本机没有可用的密钥环，因此密码不会保存在任何地方：发送时鸿雁会询问密码。</translation>
    </message>
    <message>
        <source>The system keychain did not answer (%1). If the password cannot be saved, Hongyan will ask for it when sending.</source>
        <translation>系统密钥环没有响应（%1）。如果无法保存密码，发送时鸿雁会询问密码。</translation>
    </message>
    <message>
        <source>Enter the email address first: the settings are looked up for its domain.</source>
        <translation>请先填写邮件地址：将根据它的域名查找设置。</translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation>正在查找 %1 的设置…</translation>
    </message>
    <message>
        <source>No settings were found; please enter them by hand. Tried:</source>
        <translation>没有找到设置，请手动填写。已尝试：</translation>
    </message>
    <message>
        <source>Enter the email address.</source>
        <translation>请填写邮件地址。</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>“%1”不是有效的邮件地址。</translation>
    </message>
    <message>
        <source>Enter the server name (for example smtp.example.com), or use Detect settings.</source>
        <translation>请填写服务器名称（例如 smtp.example.com），或使用“检测设置”。</translation>
    </message>
    <message>
        <source>“%1” is not a valid server name.</source>
        <translation>“%1”不是有效的服务器名称。</translation>
    </message>
    <message>
        <source>Enter the user name for signing in, or choose “None” as the method.</source>
        <translation>请填写登录用户名，或将登录方式设为“无”。</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <source>Enter the server name first, or use Detect settings.</source>
        <translation>请先填写服务器名称，或使用“检测设置”。</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>没有密钥环</translation>
    </message>
    <message>
        <source>The account was saved, but no keychain is available on this computer (%1), so the password was not saved anywhere. Hongyan will ask for it when sending.</source>
        <translation>账户已保存，但本机没有可用的密钥环（%1），因此密码没有保存在任何地方。发送时鸿雁会询问密码。</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>密码未保存</translation>
    </message>
    <message>
        <source>The account was saved, but the system keychain refused the password (%1). Hongyan will ask for it when sending.</source>
        <translation>账户已保存，但系统密钥环拒绝保存密码（%1）。发送时鸿雁会询问密码。</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its password is removed from the keychain too.</source>
        <translation>要删除账户“%1”吗？它的密码也会从密钥环中删除。</translation>
    </message>
    <message>
        <source>Password not removed</source>
        <translation>密码未删除</translation>
    </message>
    <message>
        <source>The account was removed, but its password could not be removed from the system keychain (%1).</source>
        <translation>账户已删除，但无法从系统密钥环中删除它的密码（%1）。</translation>
    </message>
</context>
<context>
    <name>hongyan::AccountsDialog</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
</context>
<context>
    <name>hongyan::AppController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) from the last session opened again.</source>
        <translation>
            <numerusform>已重新打开上次留下的 %n 封草稿。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the outbox have not been sent.</source>
        <translation>
            <numerusform>发件箱中有 %n 封邮件尚未发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Outbox</source>
        <translation>打开发件箱</translation>
    </message>
    <message>
        <source>Open Message</source>
        <translation>打开邮件</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) being sent will be stopped and stay in the outbox.</source>
        <translation>
            <numerusform>正在发送的 %n 封邮件将停止发送，并留在发件箱中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) being written will be kept as drafts and opened again next time.</source>
        <translation>
            <numerusform>正在撰写的 %n 封邮件将保存为草稿，下次启动时重新打开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the outbox have not been sent; they stay there.</source>
        <translation>
            <numerusform>发件箱中有 %n 封邮件尚未发送，它们会留在那里。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Hongyan</source>
        <translation>退出鸿雁</translation>
    </message>
    <message>
        <source>Some mail has not been sent.</source>
        <translation>有邮件尚未发送。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Outbox</source>
        <translation>打开发件箱(&amp;O)</translation>
    </message>
    <message>
        <source>Hongyan</source>
        <translation>鸿雁</translation>
    </message>
</context>
<context>
    <name>hongyan::AttachmentList</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Drop files on the window to attach them.</source>
        <translation>把文件拖放到窗口上即可添加为附件。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 (about %2 when sent)</source>
        <translation>
            <numerusform>%n 个文件，%1（发送时约 %2）</numerusform>
        </translation>
    </message>
    <message>
        <source>more than the server accepts (%1)</source>
        <translation>超过服务器可接受的大小（%1）</translation>
    </message>
    <message>
        <source>the server accepts up to %1</source>
        <translation>服务器最多接受 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) missing</source>
        <translation>
            <numerusform>%n 个文件缺失</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hongyan::CertificateDialog</name>
    <message>
        <source>The certificate presented by %1.</source>
        <translation>%1 出示的证书。</translation>
    </message>
    <message>
        <source>Accepted: this is the certificate pinned for %1.</source>
        <translation>已接受：这是为 %1 固定的证书。</translation>
    </message>
    <message>
        <source>Trusted: issued by an authority this computer trusts, for the name %1.</source>
        <translation>受信任：由本机信任的颁发机构为名称 %1 颁发。</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>未经验证。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation>颁发机构：%1</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>为 %1 信任此证书(&amp;T)</translation>
    </message>
    <message>
        <source>The account accepts exactly this certificate for %1. If the server ever presents a different one, the check fails again.</source>
        <translation>此账户对 %1 只接受这一个证书。如果服务器今后出示不同的证书，检查会再次失败。</translation>
    </message>
    <message>
        <source>Trust it only after confirming the SHA-256 fingerprint with the server&apos;s administrator. Hongyan will then accept exactly this certificate for %1; if the server later presents a different one, the check fails again.</source>
        <translation>请先与服务器管理员核对 SHA-256 指纹，再信任此证书。之后鸿雁对 %1 只接受这一个证书；如果服务器以后出示不同的证书，检查会再次失败。</translation>
    </message>
    <message>
        <source>%1 (itself: self-signed)</source>
        <translation>%1（自身：自签名）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (not yet valid)</source>
        <translation>%1（尚未生效）</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>颁发给：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Names (SAN):</source>
        <translation>名称（SAN）：</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>生效时间：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>序列号：</translation>
    </message>
</context>
<context>
    <name>hongyan::ComposeController</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>无法保存草稿。</translation>
    </message>
    <message>
        <source>[The first %1 of %2 are shown.]</source>
        <translation>[只显示了 %2 中的前 %1。]</translation>
    </message>
    <message>
        <source>This message is sent exactly as it is in %1; its fields and text cannot be changed here. Choose the account to send it with.</source>
        <translation>这封邮件会完全按照 %1 中的内容发送，此处无法修改其字段和正文。请选择用来发送它的账户。</translation>
    </message>
    <message>
        <source>Outbox message</source>
        <translation>发件箱中的邮件</translation>
    </message>
    <message>
        <source>This message from the outbox is sent exactly as it was composed. Choose the account to send it with.</source>
        <translation>这封来自发件箱的邮件会完全按照撰写时的内容发送。请选择用来发送它的账户。</translation>
    </message>
    <message>
        <source>Hongyan</source>
        <translation>鸿雁</translation>
    </message>
    <message>
        <source>Choose the account the message is from.</source>
        <translation>请选择发件账户。</translation>
    </message>
    <message>
        <source>Choose the account to send from, or set one up (Account ▸ Manage Accounts…).</source>
        <translation>请选择发件账户，或设置一个账户（账户 ▸ 管理账户…）。</translation>
    </message>
    <message>
        <source>The message has no recipients (To, Cc or Bcc).</source>
        <translation>邮件没有收件人（收件人、抄送或密送）。</translation>
    </message>
    <message>
        <source>This attachment cannot be read: %1</source>
        <translation>无法读取此附件：%1</translation>
    </message>
    <message>
        <source>The message is %1 when sent; the server accepts at most %2. Remove or shrink attachments, or share large files by link.</source>
        <translation>这封邮件发送时大小为 %1，服务器最多接受 %2。请删除或压缩附件，或用链接分享大文件。</translation>
    </message>
    <message>
        <source>Sending cancelled.</source>
        <translation>已取消发送。</translation>
    </message>
    <message>
        <source>The message could not be saved to the outbox, so it was not sent.</source>
        <translation>无法把邮件保存到发件箱，因此没有发送。</translation>
    </message>
    <message>
        <source>The account was removed while the message was being prepared. It is kept in the outbox.</source>
        <translation>准备邮件期间账户被删除了。邮件保留在发件箱中。</translation>
    </message>
    <message>
        <source>Message sent: %1 accepted it.</source>
        <translation>邮件已发送：%1 已接受。</translation>
    </message>
    <message>
        <source>Message sent: %1 accepted it with queue id %2.</source>
        <translation>邮件已发送：%1 已接受，队列 ID 为 %2。</translation>
    </message>
    <message>
        <source>Show Transcript</source>
        <translation>显示会话记录</translation>
    </message>
    <message>
        <source>Sending was cancelled. The message stays in the outbox.</source>
        <translation>已取消发送。邮件留在发件箱中。</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>已取消发送。</translation>
    </message>
    <message>
        <source>Sending was cancelled. The message is kept as a draft.</source>
        <translation>已取消发送。邮件已保存为草稿。</translation>
    </message>
    <message>
        <source>Sending was cancelled. The message stays in the outbox (the draft could not be saved: %1).</source>
        <translation>已取消发送。邮件留在发件箱中（无法保存草稿：%1）。</translation>
    </message>
    <message>
        <source>Open Outbox</source>
        <translation>打开发件箱</translation>
    </message>
    <message>
        <source>The other recipients have the message. It stays in the outbox for the refused recipients only.</source>
        <translation>其他收件人已收到邮件。邮件留在发件箱中，只待发给被拒绝的收件人。</translation>
    </message>
    <message>
        <source>The server may have accepted the message before the connection ended. It is kept in the outbox: check with the recipients before sending it again.</source>
        <translation>连接断开前服务器可能已经接受了这封邮件。邮件保留在发件箱中：重发前请先向收件人确认。</translation>
    </message>
    <message>
        <source>The message is kept in the outbox. Retry it there, or change it here and send it again.</source>
        <translation>邮件保留在发件箱中。可以在发件箱中重试，或在这里修改后重新发送。</translation>
    </message>
    <message>
        <source>This message was sent from the outbox: %1 accepted it.</source>
        <translation>这封邮件已从发件箱发出：%1 已接受。</translation>
    </message>
    <message>
        <source>This message was sent from the outbox: %1 accepted it with queue id %2.</source>
        <translation>这封邮件已从发件箱发出：%1 已接受，队列 ID 为 %2。</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>新邮件</translation>
    </message>
    <message>
        <source>The message could not be saved.</source>
        <translation>无法保存邮件。</translation>
    </message>
    <message>
        <source>Choose the account the message is from, or set one up (Account ▸ Manage Accounts…).</source>
        <translation>请选择发件账户，或设置一个账户（账户 ▸ 管理账户…）。</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>This message is being sent.</source>
        <translation>这封邮件正在发送。</translation>
    </message>
    <message>
        <source>Stop sending and close the window? A message that was not sent yet is kept as a draft.</source>
        <translation>停止发送并关闭窗口吗？尚未发出的邮件会保存为草稿。</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>停止并关闭</translation>
    </message>
    <message>
        <source>Keep Sending</source>
        <translation>继续发送</translation>
    </message>
    <message>
        <source>Keep this message as a draft?</source>
        <translation>将这封邮件保存为草稿吗？</translation>
    </message>
    <message>
        <source>Drafts are opened again the next time Hongyan starts.</source>
        <translation>下次启动鸿雁时会重新打开草稿。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 由 %2 接收</translation>
    </message>
    <message>
        <source>%1 by %2 (queue id %3)</source>
        <translation>%1 由 %2 接收（队列 ID %3）</translation>
    </message>
    <message numerus="yes">
        <source>Message delivered directly to %n domain(s): %1.</source>
        <translation>
            <numerusform>邮件已直接投递到 %n 个域名：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The other recipients have the message. The refused recipients were refused only for now: the message waits in the outbox for them and is tried again on its own at %1.</source>
        <translation>其他收件人已收到邮件。被拒绝的收件人只是暂时被拒绝：邮件留在发件箱中等待发给他们，并会在 %1 自动重试。</translation>
    </message>
    <message>
        <source>The message waits in the outbox and is tried again on its own at %1. Retry it there to try at once.</source>
        <translation>邮件留在发件箱中，并会在 %1 自动重试。在发件箱中点“重试”可立即发送。</translation>
    </message>
    <message>
        <source>The message cannot be sent: %1</source>
        <translation>无法发送这封邮件：%1</translation>
    </message>
</context>
<context>
    <name>hongyan::ComposeForm</name>
    <message>
        <source>No account set up yet</source>
        <translation>尚未设置账户</translation>
    </message>
    <message>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation>请在“收件人”“抄送”或“密送”中至少添加一位收件人。</translation>
    </message>
</context>
<context>
    <name>hongyan::ConsoleController</name>
    <message>
        <source>Enter the server to connect to, or choose an account.</source>
        <translation>请填写要连接的服务器，或选择一个账户。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>此账户已不存在。</translation>
    </message>
    <message>
        <source>No password was given: the console connects, but Authenticate will not work in this session.</source>
        <translation>没有提供密码：控制台可以连接，但本次会话中无法“登录”。</translation>
    </message>
    <message>
        <source>220: %1 Send EHLO to greet the server.</source>
        <translation>220：%1 请发送 EHLO 向服务器问候。</translation>
    </message>
    <message>
        <source>Not sent: the line contains a line break or a NUL character, which could smuggle a second command onto the wire.</source>
        <translation>未发送：该行含有换行符或 NUL 字符，可能会夹带第二条命令发出去。</translation>
    </message>
    <message>
        <source>Not sent: wait for the answer to the previous command.</source>
        <translation>未发送：请等待上一条命令的应答。</translation>
    </message>
    <message>
        <source>Not sent: the console is not connected.</source>
        <translation>未发送：控制台未连接。</translation>
    </message>
    <message>
        <source>Not sent: the connection is already encrypted.</source>
        <translation>未发送：连接已经加密。</translation>
    </message>
    <message>
        <source>Not sent: type AUTH alone, or press Authenticate. Hongyan signs in with the account&apos;s user name and password and keeps them out of the transcript; a typed AUTH line would put them on the screen and the wire as you typed them.</source>
        <translation>未发送：请只输入 AUTH，或点击“登录”。鸿雁会用账户的用户名和密码登录，并且不让它们出现在会话记录中；手动输入的 AUTH 行会把它们原样显示在屏幕上并发送到网络中。</translation>
    </message>
    <message>
        <source>Not sent: there is no user name and password for this session. Choose an account, or type them before connecting.</source>
        <translation>未发送：本次会话没有用户名和密码。请选择一个账户，或在连接前填写。</translation>
    </message>
    <message>
        <source>Not sent: BDAT is not available in the console; DATA sends the text for you.</source>
        <translation>未发送：控制台不支持 BDAT；请用 DATA 发送邮件内容。</translation>
    </message>
    <message>
        <source>Not sent: the console is not connected, or still waiting for an answer.</source>
        <translation>未发送：控制台未连接，或仍在等待应答。</translation>
    </message>
    <message>
        <source>%1: the meaning of this code is not known.</source>
        <translation>%1：此代码的含义未知。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>已断开连接。</translation>
    </message>
    <message>
        <source>Getting the password…</source>
        <translation>正在获取密码…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>正在连接 %1，端口 %2…</translation>
    </message>
    <message>
        <source>Closing the connection…</source>
        <translation>正在关闭连接…</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>encrypted (%1), pinned certificate</source>
        <translation>已加密（%1），证书已固定</translation>
    </message>
    <message>
        <source>encrypted (%1), certificate verified</source>
        <translation>已加密（%1），证书已验证</translation>
    </message>
    <message>
        <source>encrypted (%1), certificate NOT verified</source>
        <translation>已加密（%1），证书未经验证</translation>
    </message>
    <message>
        <source>Connected to %1 port %2, %3.</source>
        <translation>已连接到 %1，端口 %2，%3。</translation>
    </message>
    <message>
        <source>Connected to %1 port %2, %3. Waiting for the server…</source>
        <translation>已连接到 %1，端口 %2，%3。正在等待服务器…</translation>
    </message>
</context>
<context>
    <name>hongyan::ConsoleDataDialog</name>
    <message>
        <source>Send &amp;Message</source>
        <translation>发送邮件(&amp;M)</translation>
    </message>
</context>
<context>
    <name>hongyan::ConsoleWindow</name>
    <message>
        <source>Another server (typed below)</source>
        <translation>其他服务器（在下方填写）</translation>
    </message>
    <message>
        <source>Server extensions: not known; send EHLO to ask for them.</source>
        <translation>服务器扩展：未知；请发送 EHLO 询问。</translation>
    </message>
    <message>
        <source>Server extensions: none (the server answered HELO, or EHLO without extensions).</source>
        <translation>服务器扩展：无（服务器应答的是 HELO，或 EHLO 没有列出扩展）。</translation>
    </message>
    <message>
        <source>Server extensions: %1</source>
        <translation>服务器扩展：%1</translation>
    </message>
</context>
<context>
    <name>hongyan::DiagnosisController</name>
    <message>
        <source>No access token is saved for this account. Enter it to sign in during this check:</source>
        <translation>此账户没有保存访问令牌。请输入令牌，以便在本次检查中登录：</translation>
    </message>
    <message>
        <source>No password is saved for this account. Enter it to sign in during this check:</source>
        <translation>此账户没有保存密码。请输入密码，以便在本次检查中登录：</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so passwords are not saved. Enter the password for this check; it is used only now.</source>
        <translation>本机没有可用的密钥环，因此不会保存密码。请输入本次检查所用的密码；它只在这一次使用。</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Enter the password for this check:</source>
        <translation>无法读取密钥环（%1）。请输入本次检查所用的密码：</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>诊断：%1</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1 port %2, %3</source>
        <translation>%1，端口 %2，%3</translation>
    </message>
    <message>
        <source>Checking %1, signing in as %2.</source>
        <translation>正在检查 %1，以 %2 身份登录。</translation>
    </message>
    <message>
        <source>Checking %1, without signing in.</source>
        <translation>正在检查 %1，不登录。</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>所有检查均已通过。</translation>
    </message>
    <message>
        <source>The server accepted the sign-in as %1.</source>
        <translation>服务器接受了以 %1 身份登录。</translation>
    </message>
    <message>
        <source>Signing in was not checked.</source>
        <translation>未检查登录。</translation>
    </message>
    <message>
        <source>It accepts %1 as the sender; nothing was sent.</source>
        <translation>它接受 %1 作为发件人；没有发送任何邮件。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was accepted because it is pinned.</source>
        <translation>服务器的证书已被固定，因此被接受。</translation>
    </message>
    <message>
        <source>Enter the password and run the check again to test signing in.</source>
        <translation>请输入密码并重新运行检查，以测试登录。</translation>
    </message>
    <message>
        <source>Direct delivery</source>
        <translation>直接投递</translation>
    </message>
    <message>
        <source>Direct delivery has no server of its own: the check looks up the mail servers of a recipient domain and connects to the first one on port 25. Which domain?</source>
        <translation>直接投递没有自己的服务器：检查会查找某个收件人域名的邮件服务器，并在 25 端口上连接第一台。要检查哪个域名？</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>“%1”不是域名。</translation>
    </message>
    <message>
        <source>Press Run and name a recipient domain to check direct delivery.</source>
        <translation>请点击“运行”并指定一个收件人域名，以检查直接投递。</translation>
    </message>
    <message>
        <source>Checking direct delivery to %1: looking up its mail servers.</source>
        <translation>正在检查到 %1 的直接投递：正在查找它的邮件服务器。</translation>
    </message>
    <message>
        <source>Checking direct delivery to %1: its mail server %2 port %3, %4, without signing in.</source>
        <translation>正在检查到 %1 的直接投递：它的邮件服务器 %2，端口 %3，%4，不登录。</translation>
    </message>
    <message>
        <source>%1, the first mail server of %2, answered on port 25: outgoing port 25 is open from here.</source>
        <translation>%2 的第一台邮件服务器 %1 在 25 端口上应答了：从这里向外连接 25 端口是通的。</translation>
    </message>
    <message>
        <source>It did not encrypt the connection.</source>
        <translation>它没有加密连接。</translation>
    </message>
    <message>
        <source>It encrypted the connection (%1) with a verified certificate.</source>
        <translation>它用经过验证的证书加密了连接（%1）。</translation>
    </message>
    <message>
        <source>It encrypted the connection (%1), but its certificate could not be verified.</source>
        <translation>它加密了连接（%1），但无法验证它的证书。</translation>
    </message>
    <message>
        <source>Other domains have other servers and rules: a message can still be refused or delayed (greylisting) by them.</source>
        <translation>其他域名有各自的服务器和规则：邮件仍可能被它们拒收或暂缓接收（灰名单）。</translation>
    </message>
    <message>
        <source>Trust Certificate</source>
        <translation>信任证书</translation>
    </message>
    <message>
        <source>Certificates of recipient mail servers cannot be pinned. To trust a private certificate authority, choose its certificate as the account&apos;s CA file.</source>
        <translation>收件人邮件服务器的证书不能固定。要信任私有的证书颁发机构，请把它的证书选作账户的 CA 文件。</translation>
    </message>
    <message>
        <source>Port 25 is open, but this server does not encrypt.</source>
        <translation>25 端口是通的，但此服务器不加密。</translation>
    </message>
    <message>
        <source>Port 25 is open, but this server&apos;s certificate could not be verified.</source>
        <translation>25 端口是通的，但无法验证此服务器的证书。</translation>
    </message>
</context>
<context>
    <name>hongyan::DiagnosisWindow</name>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未进行</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>What to try:</source>
        <translation>可以尝试：</translation>
    </message>
    <message>
        <source>The server said:</source>
        <translation>服务器原话：</translation>
    </message>
</context>
<context>
    <name>hongyan::FailureDialog</name>
    <message>
        <source>Show Transcript</source>
        <translation>显示会话记录</translation>
    </message>
    <message>
        <source>Open Outbox</source>
        <translation>打开发件箱</translation>
    </message>
    <message>
        <source>The message reached only some recipients</source>
        <translation>邮件只送达了部分收件人</translation>
    </message>
    <message>
        <source>The message was not sent</source>
        <translation>邮件未发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>未尝试</translation>
    </message>
    <message>
        <source>Refused for now</source>
        <translation>暂时被拒绝</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>none reached</source>
        <translation>一台也未连上</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after trying %n server address(es))</source>
        <translation>
            <numerusform>%1（尝试了 %n 个服务器地址）</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Certificate…</source>
        <translation>查看证书(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>hongyan::MainWindow</name>
    <message>
        <source>New Message</source>
        <translation>新邮件</translation>
    </message>
    <message>
        <source>Open Message</source>
        <translation>打开邮件</translation>
    </message>
    <message>
        <source>Email messages (*.eml);;All files (*)</source>
        <translation>电子邮件 (*.eml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>message</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Save Message As</source>
        <translation>邮件另存为</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>电子邮件 (*.eml)</translation>
    </message>
    <message>
        <source>About Hongyan</source>
        <translation>关于鸿雁</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hongyan %1&lt;/h3&gt;&lt;p&gt;A mail composer and SMTP troubleshooting tool.&lt;/p&gt;&lt;p&gt;鸿雁传书: in Chinese letters, the wild goose carries the letter.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;鸿雁 %1&lt;/h3&gt;&lt;p&gt;邮件撰写与 SMTP 故障排查工具。&lt;/p&gt;&lt;p&gt;鸿雁传书：在中国古代的书信传统中，鸿雁是传递书信的使者。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hongyan::MessageFileWriter</name>
    <message>
        <source>Cannot read the message: %1</source>
        <translation>无法读取邮件：%1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cannot read the message.</source>
        <translation>无法读取邮件。</translation>
    </message>
</context>
<context>
    <name>hongyan::Outbox</name>
    <message>
        <source>Not a valid outbox entry: %1</source>
        <translation>不是有效的发件箱条目：%1</translation>
    </message>
</context>
<context>
    <name>hongyan::OutboxController</name>
    <message>
        <source>The outbox is empty: every message was sent.</source>
        <translation>发件箱是空的：所有邮件都已发出。</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Last attempt:</source>
        <translation>上次尝试：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Reply code:</source>
        <translation>应答码：</translation>
    </message>
    <message>
        <source>The server&apos;s own words:</source>
        <translation>服务器原话：</translation>
    </message>
    <message>
        <source>What to try next:</source>
        <translation>接下来可以尝试：</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>The account this message was to be sent with no longer exists. Edit the message to choose another account.</source>
        <translation>用于发送这封邮件的账户已不存在。请编辑邮件并选择其他账户。</translation>
    </message>
    <message>
        <source>The other recipients have the message. It stays in the outbox for the refused recipients only.</source>
        <translation>其他收件人已收到邮件。邮件留在发件箱中，只待发给被拒绝的收件人。</translation>
    </message>
    <message>
        <source>The message stays in the outbox.</source>
        <translation>邮件留在发件箱中。</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>投递方式：</translation>
    </message>
    <message>
        <source>directly to the recipients&apos; mail servers (port 25)</source>
        <translation>直接发送到收件人的邮件服务器（25 端口）</translation>
    </message>
    <message>
        <source>Next attempt:</source>
        <translation>下次尝试：</translation>
    </message>
    <message>
        <source>none scheduled: use Retry</source>
        <translation>未安排：请使用“重试”</translation>
    </message>
    <message numerus="yes">
        <source>The message was refused for now. Hongyan tries again on its own after 5, 15 and 30 minutes, then every hour, for up to %n day(s) while it runs; Retry sends it at once.</source>
        <translation>
            <numerusform>邮件暂时被拒绝。鸿雁运行期间会在 5、15 和 30 分钟后自动重试，之后每小时一次，最长持续 %n 天；点“重试”可立即发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting recipients:</source>
        <translation>等待中的收件人：</translation>
    </message>
    <message>
        <source>The message stays in the outbox; it is tried again on its own at %1.</source>
        <translation>邮件留在发件箱中；会在 %1 自动重试。</translation>
    </message>
    <message>
        <source>“%1” was retried from the outbox and reached only some recipients.</source>
        <translation>“%1”已从发件箱重试，但只送达了部分收件人。</translation>
    </message>
    <message>
        <source>“%1” was retried from the outbox and not sent: %2</source>
        <translation>“%1”已从发件箱重试，但未发送：%2</translation>
    </message>
    <message>
        <source>Open Outbox</source>
        <translation>打开发件箱</translation>
    </message>
    <message>
        <source>“%1” is waiting in the outbox: trying it again needs the account&apos;s password, which is not in the keychain. Press Retry there to enter it.</source>
        <translation>“%1”正在发件箱中等待：重试需要账户的密码，而密钥环中没有保存。请在发件箱中点“重试”并输入密码。</translation>
    </message>
</context>
<context>
    <name>hongyan::OutboxModel</name>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Interrupted: the server did not confirm it</source>
        <translation>已中断：服务器没有确认</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Refused for now</source>
        <translation>暂时被拒绝</translation>
    </message>
    <message>
        <source>Refused for now: %1</source>
        <translation>暂时被拒绝：%1</translation>
    </message>
    <message>
        <source>Unknown: the server may have accepted it</source>
        <translation>未知：服务器可能已经接受</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>上次尝试</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1 (due now)</source>
        <translation>%1（已到时间）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n minute(s))</source>
        <translation>
            <numerusform>%1（%n 分钟后）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n hour(s))</source>
        <translation>
            <numerusform>%1（%n 小时后）</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>下次尝试</translation>
    </message>
</context>
<context>
    <name>hongyan::OutboxWindow</name>
    <message>
        <source>Delete Message</source>
        <translation>删除邮件</translation>
    </message>
    <message>
        <source>Delete this message from the outbox? It has not been sent and cannot be recovered.</source>
        <translation>要从发件箱中删除这封邮件吗？它尚未发送，删除后无法恢复。</translation>
    </message>
</context>
<context>
    <name>hongyan::PasswordDialog</name>
    <message>
        <source>No password for this account is stored in the system keychain.</source>
        <translation>系统密钥环中没有保存此账户的密码。</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the saved password cannot be read (%1).</source>
        <translation>无法使用系统密钥环，因此无法读取已保存的密码（%1）。</translation>
    </message>
    <message>
        <source>The system keychain could not read the password (%1).</source>
        <translation>系统密钥环无法读取密码（%1）。</translation>
    </message>
</context>
<context>
    <name>hongyan::RichTextEditor</name>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Link address (leave empty to remove the link):</source>
        <translation>链接地址（留空则删除链接）：</translation>
    </message>
    <message>
        <source>Text Colour</source>
        <translation>文字颜色</translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Switching to plain text removes all formatting and inline images from the message. Continue?</source>
        <translation>切换为纯文本会删除邮件中的所有格式和内嵌图片。要继续吗？</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an image that can be shown in a message.</source>
        <translation>%1 不是可以在邮件中显示的图片。</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>hongyan::SecretStore</name>
    <message>
        <source>The keychain module could not be loaded: %1</source>
        <translation>无法加载密钥环模块：%1</translation>
    </message>
    <message>
        <source>The keychain module %1 is from another version of Hongyan.</source>
        <translation>密钥环模块 %1 属于另一个版本的鸿雁。</translation>
    </message>
    <message>
        <source>no D-Bus session bus, through which the keychain is reached; QtKeychain: %1</source>
        <translation>没有 D-Bus 会话总线，而密钥环要通过它访问；QtKeychain：%1</translation>
    </message>
</context>
<context>
    <name>hongyan::SendProgressWidget</name>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Saving to the outbox %1 %…</source>
        <translation>正在保存到发件箱 %1%…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Securing the connection (TLS)…</source>
        <translation>正在加密连接（TLS）…</translation>
    </message>
    <message>
        <source>Greeting the server…</source>
        <translation>正在与服务器问候…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sending the sender and recipients…</source>
        <translation>正在发送发件人和收件人…</translation>
    </message>
    <message>
        <source>Sending 0 %…</source>
        <translation>正在发送 0%…</translation>
    </message>
    <message>
        <source>Waiting for the server to accept the message…</source>
        <translation>正在等待服务器接受邮件…</translation>
    </message>
    <message>
        <source>Closing the connection…</source>
        <translation>正在关闭连接…</translation>
    </message>
    <message>
        <source>Sending %1 % (%2 of %3)…</source>
        <translation>正在发送 %1%（%2 / %3）…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Delivering to the recipients&apos; mail servers…</source>
        <translation>正在投递到收件人的邮件服务器…</translation>
    </message>
    <message>
        <source>Sending message %1 of %2…</source>
        <translation>正在发送第 %1 封邮件（共 %2 封）…</translation>
    </message>
</context>
<context>
    <name>hongyan::ServerDiscovery</name>
    <message>
        <source>&apos;%1&apos; is not an email address with a valid domain.</source>
        <translation>“%1”不是带有有效域名的邮件地址。</translation>
    </message>
    <message>
        <source>Skipped the autoconfig address %1: it is not a valid URL.</source>
        <translation>已跳过自动配置地址 %1：它不是有效的 URL。</translation>
    </message>
    <message>
        <source>Asking for the provider&apos;s autoconfig file at %1…</source>
        <translation>正在向 %1 请求服务商的自动配置文件…</translation>
    </message>
    <message>
        <source>No autoconfig file at %1 (HTTP %2).</source>
        <translation>%1 没有自动配置文件（HTTP %2）。</translation>
    </message>
    <message>
        <source>No autoconfig file at %1 (%2).</source>
        <translation>%1 没有自动配置文件（%2）。</translation>
    </message>
    <message>
        <source>Ignored the autoconfig file at %1: it is too large.</source>
        <translation>已忽略 %1 的自动配置文件：文件太大。</translation>
    </message>
    <message>
        <source>The autoconfig file at %1 is of no use: %2.</source>
        <translation>%1 的自动配置文件不可用：%2。</translation>
    </message>
    <message>
        <source>Looking up the DNS SRV record %1…</source>
        <translation>正在查询 DNS SRV 记录 %1…</translation>
    </message>
    <message>
        <source>No DNS SRV record %1 (%2).</source>
        <translation>没有 DNS SRV 记录 %1（%2）。</translation>
    </message>
    <message>
        <source>The DNS SRV record %1 says the service is not offered.</source>
        <translation>DNS SRV 记录 %1 表明不提供该服务。</translation>
    </message>
    <message>
        <source>Looking up the mail servers (MX) of %1…</source>
        <translation>正在查询 %1 的邮件服务器（MX）…</translation>
    </message>
    <message>
        <source>No MX records for %1 (%2).</source>
        <translation>%1 没有 MX 记录（%2）。</translation>
    </message>
    <message>
        <source>The mail servers (MX) of %1 belong to no provider Hongyan knows.</source>
        <translation>%1 的邮件服务器（MX）不属于鸿雁已知的任何服务商。</translation>
    </message>
    <message>
        <source>Trying to connect to %1…</source>
        <translation>正在尝试连接 %1…</translation>
    </message>
    <message>
        <source>No mail server answered at %1 (%2).</source>
        <translation>%1 没有邮件服务器应答（%2）。</translation>
    </message>
    <message>
        <source>The DNS server did not answer for %1 in time.</source>
        <translation>DNS 服务器没有及时回应对 %1 的查询。</translation>
    </message>
</context>
<context>
    <name>hongyan::TimingChart</name>
    <message>
        <source>DNS lookup</source>
        <translation>DNS 查询</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>邮件正文</translation>
    </message>
    <message>
        <source>Final reply</source>
        <translation>最终答复</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>Message, %1</source>
        <translation>邮件正文，%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>phase, then what it was about</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Started at %1, took %2</source>
        <translation>开始于 %1，耗时 %2</translation>
    </message>
    <message>
        <source>Throughput: %1</source>
        <translation>传输速率：%1</translation>
    </message>
    <message>
        <source>Did not succeed: failed, refused, abandoned or cut short.</source>
        <translation>未成功：失败、被拒绝、被放弃或被中断。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>The timing of each step appears here after a send, a probe or a diagnosis.</source>
        <translation>发送、探测或诊断之后，这里会显示每一步的耗时。</translation>
    </message>
</context>
<context>
    <name>hongyan::TranscriptModel</name>
    <message>
        <source>Sent by Hongyan, encrypted (TLS)</source>
        <translation>鸿雁发送，已加密（TLS）</translation>
    </message>
    <message>
        <source>Sent by Hongyan, not encrypted</source>
        <translation>鸿雁发送，未加密</translation>
    </message>
    <message>
        <source>Received from the server, encrypted (TLS)</source>
        <translation>从服务器接收，已加密（TLS）</translation>
    </message>
    <message>
        <source>Received from the server, not encrypted</source>
        <translation>从服务器接收，未加密</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Dir.</source>
        <comment>transcript direction column</comment>
        <translation>方向</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交互内容</translation>
    </message>
</context>
<context>
    <name>hongyan::TranscriptPane</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>保存会话记录</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The transcript could not be saved to %1:
%2</source>
        <translation>无法把会话记录保存到 %1：
%2</translation>
    </message>
    <message>
        <source>Sent by Hongyan (-&gt;, ~&gt;)</source>
        <translation>鸿雁发送的（-&gt;、~&gt;）</translation>
    </message>
    <message>
        <source>Received from the server (&lt;-, &lt;~)</source>
        <translation>从服务器接收的（&lt;-、&lt;~）</translation>
    </message>
    <message>
        <source>Information (==)</source>
        <translation>信息（==）</translation>
    </message>
    <message>
        <source>Errors (**)</source>
        <translation>错误（**）</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Timing: %1</source>
        <translation>耗时：%1</translation>
    </message>
</context>
<context>
    <name>hongyan::cli::ConnectionSetup</name>
    <message>
        <source>--account: no saved account named &apos;%1&apos;</source>
        <translation>--account：没有名为“%1”的已保存账户</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>the keychain holds no password for this account</source>
        <translation>密钥环中没有此账户的密码</translation>
    </message>
    <message>
        <source>the keychain could not be used (%1)</source>
        <translation>无法使用密钥环（%1）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>why not from the keychain; why not from a terminal</comment>
        <translation>%1；%2</translation>
    </message>
</context>
<context>
    <name>hongyan::cli::ConsoleJob</name>
    <message>
        <source>Type AUTH alone: the credentials come from --user and --password-env/--password-file (or the account), never from a typed line.</source>
        <translation>只输入 AUTH 即可：登录凭据来自 --user 和 --password-env/--password-file（或账户），绝不会来自输入的文本行。</translation>
    </message>
    <message>
        <source>Type the message; end it with a line holding only &quot;.&quot;</source>
        <translation>请输入邮件内容；以只含一个 &quot;.&quot; 的行结束</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>hongyan::cli::ProbeJob</name>
    <message>
        <source>Capabilities before TLS:</source>
        <translation>TLS 之前的服务器能力：</translation>
    </message>
    <message>
        <source>Capabilities after TLS:</source>
        <translation>TLS 之后的服务器能力：</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>所有检查均已通过。</translation>
    </message>
</context>
<context>
    <name>hongyan::cli::SendCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Write and send mail, and see the SMTP exchange.</source>
        <translation>撰写并发送邮件，查看 SMTP 交互过程。</translation>
    </message>
    <message>
        <source>mailto: URLs (RFC 6068) or .eml files to open.</source>
        <translation>要打开的 mailto: 链接（RFC 6068）或 .eml 文件。</translation>
    </message>
    <message>
        <source>Hongyan</source>
        <translation>鸿雁</translation>
    </message>
    <message>
        <source>These could not be opened:</source>
        <translation>以下内容无法打开：</translation>
    </message>
</context>
<context>
    <name>smtp</name>
    <message>
        <source>Looking up the mail servers of %1</source>
        <translation>正在查询 %1 的邮件服务器</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail</source>
        <translation>%1 发布了空 MX 记录（RFC 7505）：它不接收任何邮件</translation>
    </message>
    <message>
        <source>No mail route for %1: %2</source>
        <translation>找不到通往 %1 的邮件路由：%2</translation>
    </message>
    <message>
        <source>%1 has no MX records: using its own address (RFC 5321 §5.1)</source>
        <translation>%1 没有 MX 记录：改用该域名自身的地址（RFC 5321 §5.1）</translation>
    </message>
    <message>
        <source>Mail server %1 (preference %2): %3</source>
        <translation>邮件服务器 %1（优先级 %2）：%3</translation>
    </message>
    <message>
        <source>No mail server of %1 could be reached</source>
        <translation>%1 的邮件服务器都无法连接</translation>
    </message>
    <message>
        <source>Hop %1 [%2]: NOT encrypted</source>
        <translation>投递节点 %1 [%2]：未加密</translation>
    </message>
    <message>
        <source>Hop %1 [%2]: encrypted (%3), certificate verified</source>
        <translation>投递节点 %1 [%2]：已加密（%3），证书已验证</translation>
    </message>
    <message>
        <source>Hop %1 [%2]: encrypted (%3), certificate NOT verified</source>
        <translation>投递节点 %1 [%2]：已加密（%3），证书未经验证</translation>
    </message>
    <message>
        <source>No authentication method both sides support</source>
        <translation>双方没有共同支持的认证方式</translation>
    </message>
    <message>
        <source>No credentials are configured</source>
        <translation>未设置登录凭据</translation>
    </message>
    <message>
        <source>Refusing to send credentials over an unencrypted connection</source>
        <translation>拒绝在未加密的连接上发送登录凭据</translation>
    </message>
    <message>
        <source>Credentials are configured but the server offers no AUTH</source>
        <translation>已设置登录凭据，但服务器不提供 AUTH 认证</translation>
    </message>
    <message>
        <source>Server challenge: %1</source>
        <translation>服务器质询：%1</translation>
    </message>
    <message>
        <source>Authenticated as %1 (%2)</source>
        <translation>已以 %1 身份通过认证（%2）</translation>
    </message>
    <message>
        <source>Trying %1 port %2</source>
        <translation>正在尝试 %1 的端口 %2</translation>
    </message>
    <message>
        <source>%1 port %2: %3</source>
        <translation>%1 端口 %2：%3</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 in %3 ms</source>
        <translation>已连接到 %1 的端口 %2，用时 %3 毫秒</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) is not the pinned one</source>
        <translation>服务器的证书（SHA-256 %1）不是已固定的那一张</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2 (%3 bits)</source>
        <translation>TLS 已建立：%1，加密套件 %2（%3 位）</translation>
    </message>
    <message>
        <source>Server certificate: subject %1; issuer %2; valid until %3; SHA-256 %4</source>
        <translation>服务器证书：主体 %1；颁发者 %2；有效期至 %3；SHA-256 %4</translation>
    </message>
    <message>
        <source>Certificate accepted: it matches the pinned SHA-256</source>
        <translation>证书已接受：与已固定的 SHA-256 一致</translation>
    </message>
    <message>
        <source>Certificate verified for %1</source>
        <translation>证书已验证，适用于 %1</translation>
    </message>
    <message>
        <source>Certificate NOT verified; continuing because TLS is opportunistic here</source>
        <translation>证书未经验证；此处的 TLS 为机会性加密，因此继续</translation>
    </message>
    <message>
        <source>Protocol error: %1</source>
        <translation>协议错误：%1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>No connection within %1 s (tried %2)</source>
        <translation>%1 秒内未能建立连接（已尝试 %2）</translation>
    </message>
    <message>
        <source>No TLS handshake within %1 s</source>
        <translation>%1 秒内未完成 TLS 握手</translation>
    </message>
    <message>
        <source>Timeout: no greeting within %1 s on port %2: the server waits for a TLS handshake; choose SSL/TLS for this port</source>
        <translation>超时：端口 %2 在 %1 秒内没有问候语：服务器在等待 TLS 握手；此端口请选择 SSL/TLS</translation>
    </message>
    <message>
        <source>Timeout: the upload made no progress within %1 s</source>
        <translation>超时：上传在 %1 秒内没有任何进展</translation>
    </message>
    <message>
        <source>Timeout: no reply within %1 s</source>
        <translation>超时：%1 秒内没有回复</translation>
    </message>
    <message>
        <source>Everything the server announced before TLS is forgotten: send EHLO again</source>
        <translation>服务器在 TLS 之前宣告的内容已全部作废：请重新发送 EHLO</translation>
    </message>
    <message>
        <source>Discarding what the server announced before TLS; asking again</source>
        <translation>丢弃服务器在 TLS 之前宣告的内容，重新询问</translation>
    </message>
    <message>
        <source>The server refused EHLO; falling back to HELO (no extensions)</source>
        <translation>服务器拒绝了 EHLO；改用 HELO（没有扩展功能）</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, which these settings require</source>
        <translation>服务器不提供 STARTTLS，而当前设置要求使用它</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: continuing WITHOUT encryption</source>
        <translation>服务器不提供 STARTTLS：在【未加密】的情况下继续</translation>
    </message>
    <message>
        <source>%1 bytes arrived after the 220 reply and before TLS: possible response injection; closing</source>
        <translation>在 220 回复之后、TLS 之前收到了 %1 字节：可能是响应注入攻击；正在关闭连接</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: continuing WITHOUT encryption</source>
        <translation>服务器拒绝了 STARTTLS：在【未加密】的情况下继续</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>state %1 → %2</source>
        <translation>状态 %1 → %2</translation>
    </message>
    <message>
        <source>The server closed the idle connection</source>
        <translation>服务器关闭了空闲的连接</translation>
    </message>
    <message>
        <source>The server is closing the connection</source>
        <translation>服务器正在关闭连接</translation>
    </message>
    <message>
        <source>Reply without a command outstanding</source>
        <translation>收到回复，但没有等待回复的命令</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>连接中断：%1</translation>
    </message>
    <message>
        <source>The message (%1 bytes) is larger than the server&apos;s limit (%2 bytes)</source>
        <translation>邮件（%1 字节）超过了服务器的上限（%2 字节）</translation>
    </message>
    <message>
        <source>Not sending: %1 of %2 recipients were refused and every recipient is required</source>
        <translation>不发送：%2 位收件人中有 %1 位被拒绝，而设置要求每位收件人都必须被接受</translation>
    </message>
    <message>
        <source>Reading the message failed: %1</source>
        <translation>读取邮件失败：%1</translation>
    </message>
    <message>
        <source>Message of %1 bytes sent (body not shown)</source>
        <translation>已发送 %1 字节的邮件（正文不显示）</translation>
    </message>
    <message>
        <source>Message accepted for %1 recipient(s)</source>
        <translation>邮件已被接受，共 %1 位收件人</translation>
    </message>
    <message>
        <source>Message accepted for %1 of %2 recipients</source>
        <translation>邮件已被 %2 位收件人中的 %1 位接受</translation>
    </message>
    <message>
        <source>MX of %1: %2 → %3</source>
        <translation>%1 的 MX：%2 → %3</translation>
    </message>
    <message>
        <source>Looking up the mail servers (MX) of %1</source>
        <translation>正在查询 %1 的邮件服务器（MX）</translation>
    </message>
    <message>
        <source>%1 has no MX records: mail goes to its own address</source>
        <translation>%1 没有 MX 记录：邮件发往它自身的地址</translation>
    </message>
    <message>
        <source>No mail server to check for %1: %2</source>
        <translation>%1 没有可检查的邮件服务器：%2</translation>
    </message>
    <message>
        <source>The last attempt to send “%1”, %2:</source>
        <translation>上次尝试发送“%1”，%2：</translation>
    </message>
    <message>
        <source>Automatic retry: sending “%1” directly to the recipients&apos; mail servers</source>
        <translation>自动重试：正在把“%1”直接发送到收件人的邮件服务器</translation>
    </message>
    <message>
        <source>Sending “%1” directly to the recipients&apos; mail servers</source>
        <translation>正在把“%1”直接发送到收件人的邮件服务器</translation>
    </message>
    <message>
        <source>Automatic retry: sending “%1” through %2</source>
        <translation>自动重试：正在通过 %2 发送“%1”</translation>
    </message>
    <message>
        <source>Sending “%1” through %2</source>
        <translation>正在通过 %2 发送“%1”</translation>
    </message>
    <message>
        <source>after TLS: HELO only (no ESMTP extensions)</source>
        <translation>TLS 之后：只支持 HELO（没有 ESMTP 扩展）</translation>
    </message>
    <message>
        <source>after TLS: no extensions</source>
        <translation>TLS 之后：没有扩展功能</translation>
    </message>
    <message>
        <source>after TLS: %1</source>
        <translation>TLS 之后：%1</translation>
    </message>
    <message>
        <source>HELO only (no ESMTP extensions)</source>
        <translation>只支持 HELO（没有 ESMTP 扩展）</translation>
    </message>
    <message>
        <source>no extensions</source>
        <translation>没有扩展功能</translation>
    </message>
    <message>
        <source>certificate %1, issued by %2, valid until %3</source>
        <translation>证书 %1，颁发者 %2，有效期至 %3</translation>
    </message>
    <message>
        <source>accepted by pin</source>
        <translation>因与固定的证书一致而接受</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>未经验证</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 端口 %2</translation>
    </message>
    <message>
        <source>authenticated as %1</source>
        <translation>已以 %1 身份通过认证</translation>
    </message>
    <message>
        <source>no STARTTLS: continuing without encryption</source>
        <translation>没有 STARTTLS：在未加密的情况下继续</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (implicit TLS)</source>
        <translation>正在连接 %1 的端口 %2（SSL/TLS 直接加密）</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (STARTTLS required)</source>
        <translation>正在连接 %1 的端口 %2（必须使用 STARTTLS）</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (opportunistic STARTTLS)</source>
        <translation>正在连接 %1 的端口 %2（尽可能使用 STARTTLS）</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (no encryption)</source>
        <translation>正在连接 %1 的端口 %2（不加密）</translation>
    </message>
    <message>
        <source>no address for any mail server of %1</source>
        <translation>%1 的所有邮件服务器都没有地址</translation>
    </message>
    <message>
        <source>the outbox is gone</source>
        <translation>发件箱已不存在</translation>
    </message>
    <message>
        <source>the message cannot be read again from its start</source>
        <translation>无法从头再次读取邮件</translation>
    </message>
    <message>
        <source>no address for %1</source>
        <translation>%1 没有地址</translation>
    </message>
    <message>
        <source>the server offers %1</source>
        <translation>服务器提供的是 %1</translation>
    </message>
    <message>
        <source>no user name or secret</source>
        <translation>没有用户名或密码</translation>
    </message>
    <message>
        <source>the connection is not encrypted</source>
        <translation>连接未加密</translation>
    </message>
    <message>
        <source>AUTH is not in the EHLO reply</source>
        <translation>EHLO 回复中没有 AUTH</translation>
    </message>
    <message>
        <source>gave up after %1 challenges</source>
        <translation>经过 %1 次质询后放弃</translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation>%1 秒内未能建立连接</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation>%1 秒内未完成 TLS 握手</translation>
    </message>
    <message>
        <source>the upload made no progress within %1 s</source>
        <translation>上传在 %1 秒内没有任何进展</translation>
    </message>
    <message>
        <source>no greeting within %1 s on port %2: the server waits for a TLS handshake</source>
        <translation>端口 %2 在 %1 秒内没有问候语：服务器在等待 TLS 握手</translation>
    </message>
    <message>
        <source>no reply within %1 s</source>
        <translation>%1 秒内没有回复</translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>TLS handshake timed out</source>
        <translation>TLS 握手超时</translation>
    </message>
    <message>
        <source>STARTTLS is not in the EHLO reply</source>
        <translation>EHLO 回复中没有 STARTTLS</translation>
    </message>
    <message>
        <source>%1 unexpected bytes before the TLS handshake</source>
        <translation>TLS 握手之前收到了 %1 个意外的字节</translation>
    </message>
    <message>
        <source>send() called while the session is busy</source>
        <translation>会话忙碌时调用了 send()</translation>
    </message>
    <message>
        <source>refusing to send a command containing CR, LF or NUL</source>
        <translation>拒绝发送含有 CR、LF 或 NUL 的命令</translation>
    </message>
    <message>
        <source>a reply arrived although no command was sent</source>
        <translation>没有发送命令，却收到了回复</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>邮件没有收件人</translation>
    </message>
    <message>
        <source>the message is not open for reading</source>
        <translation>邮件未打开，无法读取</translation>
    </message>
    <message>
        <source>the message has UTF-8 headers and the server does not offer SMTPUTF8</source>
        <translation>邮件头含有 UTF-8 字符，而服务器不提供 SMTPUTF8</translation>
    </message>
    <message>
        <source>the message has 8-bit content and the server does not offer 8BITMIME</source>
        <translation>邮件含有 8 位内容，而服务器不提供 8BITMIME</translation>
    </message>
    <message>
        <source>%1 bytes &gt; SIZE %2</source>
        <translation>%1 字节 &gt; SIZE %2</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 没有地址</translation>
    </message>
    <message>
        <source>%1 (tried %2)</source>
        <translation>%1（已尝试 %2）</translation>
    </message>
    <message>
        <source>Certificate problems overridden: the certificate matches the pin:</source>
        <translation>已忽略证书问题：该证书与固定的证书一致：</translation>
    </message>
    <message>
        <source>Certificate problems, and it is not the pinned certificate:</source>
        <translation>证书有问题，且不是已固定的证书：</translation>
    </message>
    <message>
        <source>Certificate problems:</source>
        <translation>证书问题：</translation>
    </message>
    <message>
        <source>Certificate not trusted:</source>
        <translation>证书不受信任：</translation>
    </message>
    <message>
        <source>the certificate is self-signed</source>
        <translation>证书是自签名的</translation>
    </message>
    <message>
        <source>the chain ends in a self-signed authority that is not trusted</source>
        <translation>证书链的根是一个不受信任的自签名颁发机构</translation>
    </message>
    <message>
        <source>the issuer of the certificate is not trusted or not known</source>
        <translation>证书的颁发者不受信任或无法识别</translation>
    </message>
    <message>
        <source>no certificate in the chain could be verified</source>
        <translation>证书链中没有任何证书能够通过验证</translation>
    </message>
    <message>
        <source>the certificate&apos;s authority is not trusted for this purpose</source>
        <translation>证书的颁发机构不被信任用于此用途</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>证书尚未生效</translation>
    </message>
    <message>
        <source>the certificate is not valid for this server name</source>
        <translation>证书不适用于此服务器名称</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>证书已被吊销</translation>
    </message>
    <message>
        <source>the certificate&apos;s signature does not verify</source>
        <translation>证书的签名无法验证</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>服务器没有发送证书</translation>
    </message>
    <message>
        <source>%1 accepts no mail (null MX)</source>
        <translation>%1 不接收邮件（null MX）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain</source>
        <translation>“%1”不是有效的域名</translation>
    </message>
    <message>
        <source>no MX, A or AAAA records for %1</source>
        <translation>%1 没有 MX、A 或 AAAA 记录</translation>
    </message>
    <message>
        <source>no A or AAAA records</source>
        <translation>没有 A 或 AAAA 记录</translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>CA 文件 %1 中没有 PEM 格式的证书</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>the line contains CR, LF or NUL</source>
        <translation>这一行含有 CR、LF 或 NUL 字符</translation>
    </message>
    <message>
        <source>%1 goes through the console&apos;s own command, not as a raw line</source>
        <translation>%1 须通过控制台自己的命令发送，不能作为原始行发送</translation>
    </message>
    <message>
        <source>the message source is not open for reading</source>
        <translation>邮件来源未以可读方式打开</translation>
    </message>
    <message>
        <source>the message could not be read</source>
        <translation>无法读取邮件</translation>
    </message>
    <message>
        <source>the message source stopped delivering data before its end</source>
        <translation>邮件来源在结束之前停止提供数据</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form local-part@domain</source>
        <translation>“%1”不符合 本地部分@域名 的格式</translation>
    </message>
    <message>
        <source>the local part of &apos;%1&apos; contains a character not allowed there</source>
        <translation>“%1”的本地部分含有不允许的字符</translation>
    </message>
    <message>
        <source>the domain of &apos;%1&apos; contains a character not allowed there</source>
        <translation>“%1”的域名部分含有不允许的字符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a non-ASCII local part, which needs a server offering SMTPUTF8</source>
        <translation>“%1”的本地部分含有非 ASCII 字符，需要服务器支持 SMTPUTF8</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a malformed address literal</source>
        <translation>“%1”的地址字面量格式错误</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an invalid domain</source>
        <translation>“%1”的域名无效</translation>
    </message>
    <message>
        <source>reply line longer than %1 bytes</source>
        <translation>回复行超过 %1 字节</translation>
    </message>
    <message>
        <source>reply with more than %1 lines</source>
        <translation>回复超过 %1 行</translation>
    </message>
    <message>
        <source>malformed reply line (no three-digit code 200-559 followed by space or hyphen)</source>
        <translation>回复行格式错误（没有以 200-559 的三位代码开头并后跟空格或连字符）</translation>
    </message>
    <message>
        <source>multi-line reply whose lines carry different codes</source>
        <translation>多行回复的各行代码不一致</translation>
    </message>
    <message>
        <source>(not valid base64)</source>
        <translation>（不是有效的 base64）</translation>
    </message>
    <message>
        <source>(empty challenge)</source>
        <translation>（空的质询）</translation>
    </message>
    <message>
        <source>(%1 bytes of binary data)</source>
        <translation>（%1 字节的二进制数据）</translation>
    </message>
    <message>
        <source>no server host name given</source>
        <translation>未填写服务器主机名</translation>
    </message>
    <message>
        <source>the server host name &apos;%1&apos; contains spaces or control characters</source>
        <translation>服务器主机名“%1”含有空格或控制字符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>“%1”不是有效的主机名</translation>
    </message>
    <message>
        <source>the EHLO name &apos;%1&apos; must be an ASCII domain or address literal</source>
        <translation>EHLO 名称“%1”必须是 ASCII 域名或地址字面量</translation>
    </message>
    <message>
        <source>the certificate pin must be a SHA-256 digest (32 bytes)</source>
        <translation>证书固定值必须是 SHA-256 摘要（32 字节）</translation>
    </message>
    <message>
        <source>an authentication method was chosen but no user name or secret given</source>
        <translation>选择了认证方式，但没有填写用户名或密码</translation>
    </message>
    <message>
        <source>timeouts must be positive</source>
        <translation>超时时间必须大于零</translation>
    </message>
    <message>
        <source>the console is not connected or a command is under way</source>
        <translation>控制台未连接，或有命令正在执行</translation>
    </message>
    <message>
        <source>the connection is already encrypted</source>
        <translation>连接已经加密</translation>
    </message>
    <message>
        <source>the message text cannot be read</source>
        <translation>无法读取邮件正文</translation>
    </message>
    <message>
        <source>testSender() needs an established, idle session</source>
        <translation>testSender() 需要一个已建立且空闲的会话</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>the message file %1 changed after it was read: it had %2 bytes, now it has %3</source>
        <translation>邮件文件 %1 在读取后被改动了：原有 %2 字节，现在有 %3 字节</translation>
    </message>
    <message>
        <source>the message file %1 changed after it was read: it is shorter than before</source>
        <translation>邮件文件 %1 在读取后被改动了：比原来短了</translation>
    </message>
    <message>
        <source>the message file %1 cannot be read: %2</source>
        <translation>无法读取邮件文件 %1：%2</translation>
    </message>
    <message>
        <source>attachment %1 changed after it was added: it had %2 bytes, now it has %3</source>
        <translation>附件 %1 在添加后被改动了：原有 %2 字节，现在有 %3 字节</translation>
    </message>
    <message>
        <source>attachment %1 changed after it was added: it is shorter than before</source>
        <translation>附件 %1 在添加后被改动了：比原来短了</translation>
    </message>
    <message>
        <source>attachment %1 cannot be read: %2</source>
        <translation>无法读取附件 %1：%2</translation>
    </message>
</context>
</TS>
