<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Work, Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect &amp;settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the server for this address: built-in presets, the provider&apos;s autoconfig file, DNS, then trying ports 465 and 587</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name recipients see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without encryption, your password and your messages cross the network where anyone on the way can read them. Use this only for a server on your own computer or network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: do not sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the password even though the connection is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: your organisation&apos;s certificate authority (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these settings step by step without sending mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through your provider&apos;s server (submission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly to the recipients&apos; mail servers (direct delivery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hongyan looks up each recipient domain&apos;s mail servers (MX) and hands the message to them itself, on port 25, without a server or password of your own. This needs outgoing connections to port 25, which many internet providers and cloud hosts block to stop spam; and many receiving servers refuse or delay (greylist) mail from home connections. Messages refused for now wait in the outbox and are tried again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Require TLS: deliver only to servers that encrypt the connection with a verified certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hongyan trusts the certificate authorities of this computer. If your organisation&apos;s server uses an authority of its own, choose its certificate here. A certificate pinned after a failed connection is trusted for this server only, and only while it stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for each reply of the server before the send ends as a temporary failure that names the step. The reply after the message may take up to 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet. Add one to start sending mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>&amp;Attach Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoconfigParser</name>
    <message>
        <source>the document is not a clientConfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file lists no SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file lists no SMTP server Hongyan can use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;chain (the server&apos;s first):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliMessage</name>
    <message>
        <source>--%1: cannot read &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sender: give --from ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipient: give --to, --cc or --bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--eml: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--eml: the file names no recipient (To, Cc, Bcc); give --to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOptionsParser</name>
    <message>
        <source>Usage: hongyan-cli send|build|probe|mx|console [options]; hongyan-cli COMMAND --help for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hongyan-cli mx DOMAIN [--dns-server IP] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hongyan-cli %1 [options]; hongyan-cli %1 --help for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
  send     compose (or --eml) and send a message
  build    compose a message into an .eml file
  probe    connect, TLS, EHLO, optional AUTH and MAIL FROM test; no mail
  mx       show the MX route of a domain
  console  talk to a server one command at a time, from standard input
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default 465 for tls, 587 for starttls, 25 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls (implicit TLS), starttls (required) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to each recipient domain&apos;s MX hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server for MX lookups (port 53).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --direct: refuse MX hosts without STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a saved account (settings and keychain of the GUI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for AUTH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password (or token) from this variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password (or token) from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, plain, login, cram-md5, xoauth2, oauthbearer or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending credentials without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept exactly the server certificate with this SHA-256 (hex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to send in EHLO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit for every stage, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the protocol transcript to FILE (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix transcript lines with the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include state changes and message headers in the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe: test this sender with MAIL FROM, then RSET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender, e.g. &quot;张三&quot; &lt;zhang@example.com&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient (repeatable, or a list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy recipient (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind copy recipient (repeatable; envelope only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-To address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain-text body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain-text body from a UTF-8 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML body from a UTF-8 file (the text is its alternative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build: the .eml file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mx needs a DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number (1-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security: &apos;%1&apos; is not one of tls, starttls, none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dns-server: &apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-env and --password-file cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth: &apos;%1&apos; is not one of auto, plain, login, cram-md5, xoauth2, oauthbearer, none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-sha256: &apos;%1&apos; is not a SHA-256 digest (64 hex digits, colons optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: &apos;%1&apos; is not a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--body and --body-file cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be used with --eml: the file is sent as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direct cannot be used with --server or --account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server: give --server HOST, --account NAME or --direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build needs --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: file &apos;%2&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: file &apos;%2&apos; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this .eml file as it is. Repeat it to send several messages over one connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeForm</name>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up an Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive the message without being named in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleDataDialog</name>
    <message>
        <source>DATA: Message Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as it goes after DATA: header lines, an empty line, then the body. Sending adds what SMTP needs: line ends become CRLF, a line starting with a dot gets a second dot, and the final lone dot ends the message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>SMTP Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS from the start (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain, then STARTTLS when you send it (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain, no encryption (usually port 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: only for Authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Authenticate &amp;without encryption (the password crosses the network readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send QUIT and close the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greet the server and ask for its extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the connection; the certificate is verified, and what the server said before is forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (AUTH) with the account&apos;s user name and password; the transcript never shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server which commands it knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do nothing: checks that the server still answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session politely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a message: put MAIL FROM with the account&apos;s address on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a recipient: put RCPT TO on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message text and send it after DATA, dot-stuffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon the message begun with MAIL FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whether a mailbox exists (most servers do not say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the members of a mailing list (most servers refuse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command, for example NOOP; ↑ and ↓ go through the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisStep</name>
    <message>
        <source>Find the server (DNS)</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect (TCP)</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connect</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt (SSL/TLS)</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting (EHLO)</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt (STARTTLS)</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (AUTH)</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender accepted (MAIL FROM, RSET)</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM test</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisWindow</name>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Invalid draft id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing inline image %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureDialog</name>
    <message>
        <source>The message was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailtoUrl</name>
    <message>
        <source>not a mailto: URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid percent-encoding in the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid percent-encoding in a header field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Copies of Sent Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every sent message as an .eml file in the local Sent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the selected account step by step without sending mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;Console…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hongyan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageErrorText</name>
    <message>
        <source>nothing was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a line break or another control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a character that is not allowed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted name is not closed with &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment is not closed with )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address in &lt; &gt; is not closed with &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is given without an address in &lt; &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address has no @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing comes before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before the @ is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing comes after the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain after the @ is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group is not closed with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group is inside another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one address is needed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender (From) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message ID is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content ID of an inline image is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content type is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed after it was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>message header field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <comment>message header field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <comment>message header field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <comment>message header field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-To</source>
        <comment>message header field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>message header field</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages that have not been accepted by a server yet. Each one stays here, with its last error, until it is sent or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every waiting message now, one connection per account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeExplainer</name>
    <message>
        <source>the server</source>
        <comment>stands in for an unknown server host name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is waiting for more input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a temporary problem; the same request may succeed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a permanent refusal; the same request will be refused again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; a message in the outbox is kept until it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send it again straight away: first check the Sent folder of your webmail, or ask a recipient whether it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it again only if it did not arrive, so that nobody receives it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SSL/TLS (usually port 465) or STARTTLS (usually port 587) as the security mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off mail scanning in your antivirus or firewall program, or use port 465 with SSL/TLS, which such programs usually leave alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many servers refuse a first message from an unknown sender for a few minutes (greylisting) and accept it when it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for the names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by: itself (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in the chain (%1) expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is valid only from %1. If that time has passed, this computer&apos;s clock is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued to %1, but the server was reached as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued to %1 for the names %2, but the server was reached as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is self-signed: the server issued it to itself, so no trusted authority vouches for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain ends in an authority that signed itself (%1) and that this computer does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued by %1, an authority this computer does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has been revoked by its issuer and must not be used any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you did not expect this, do not continue: someone could be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator that the certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server name exactly as your provider documents it; if one of the certificate&apos;s names belongs to your provider, use that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server uses its own certificate authority (common for company servers), get that authority&apos;s certificate from the administrator and add it as a CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you have confirmed the SHA-256 fingerprint with the server&apos;s administrator, pin this certificate: a pin accepts exactly this certificate for this server and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You pinned a certificate for this server, but it now presents a different one. It may have been renewed, or someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not accept the new certificate until you have confirmed its SHA-256 fingerprint with the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it was renewed, replace the pin with the new certificate, or remove the pin if the new certificate is trusted without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address exists for this name in DNS, or this computer cannot reach a DNS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the server name, for example smtp.163.com or smtp.gmail.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer is online: do web sites open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you use a VPN or a proxy, check its DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer at this address answered, but no mail service is listening on this port. Usually the port is wrong, or the mail service is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port: 465 for SSL/TLS, 587 for STARTTLS, 25 for delivery between servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the settings are right, the server may be down: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall on this computer or on the network can also refuse connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to %1 could be made in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer at all. Most often a firewall or the internet provider blocks this port (many block port 25), or the server cannot be reached from this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try port 465 with SSL/TLS, or port 587 with STARTTLS, instead of port 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check firewall, antivirus, proxy and VPN settings; on a company or campus network, ask the administrator whether outgoing mail ports are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name and port for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error stopped the connection before the server could be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer is online, and check proxy and VPN settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection (SSL/TLS) to %1 could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered in plain text, not with encryption: this port does not use SSL/TLS from the first byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not complete the TLS handshake. Most likely this port expects STARTTLS or plain text rather than SSL/TLS, or the server supports only outdated TLS versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 starts in plain text and uses STARTTLS, not SSL/TLS: choose STARTTLS, or use port 465 with SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 587 usually uses STARTTLS, not SSL/TLS: choose STARTTLS, or use port 465 with SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If port and security mode are right, the server may support only outdated TLS versions or ciphers; ask its administrator to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption with STARTTLS failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server agreed to start encryption, but the TLS handshake failed. The server may support only outdated TLS versions or ciphers, or a program between you and the server (antivirus, firewall) interferes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If that does not help, ask the server&apos;s administrator which TLS versions it supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings require encryption, so Hongyan stopped rather than send your password and message unencrypted, where anyone on the network path could read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 465 expects SSL/TLS from the first byte: choose SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the port your provider documents for STARTTLS, usually 587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antivirus or firewall programs that scan mail can remove STARTTLS from the server&apos;s answer; turn such scanning off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &quot;no encryption&quot; only for a server on a network you fully trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It offered STARTTLS but answered the command with an error. Hongyan does not continue without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try port 465 with SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it keeps happening, tell the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was stopped: unexpected data arrived before encryption started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the server agreed to start encryption, more data arrived before the encrypted connection existed. Attackers use this to slip forged answers into the encrypted session (STARTTLS response injection), so Hongyan closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it happens again, the server or a device between you and it (proxy, firewall) is faulty or hostile: report it to the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 465 with SSL/TLS is not affected by this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the message in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole message was sent, but the server&apos;s answer never came. The message may or may not have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection (SSL/TLS) to %1 was not set up in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With SSL/TLS, encryption starts with the first byte. A server that instead sends a plain-text greeting, as on ports 587 and 25, never answers the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 starts in plain text: choose STARTTLS there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption with STARTTLS did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server agreed to start encryption, but the handshake stalled. A firewall or antivirus program that inspects mail traffic can cause this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not greet within the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection was set up, but the server said nothing after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was made, but the server said nothing. The most common cause is the wrong security mode: a port for SSL/TLS (usually 465) waits for encryption from the first byte and never sends a plain-text greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 465 expects TLS from the first byte: choose SSL/TLS as the security mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise the server may be overloaded, or a firewall lets the connection through but not the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the message stalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload made no progress for too long. The message was not complete, so it was not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection; a slow connection takes long for large attachments but should still make progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not reply in time during this step: %1. Nothing was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection without greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection was set up, but the server hung up before saying anything; it may refuse your network address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was made, but the server hung up before saying anything. A port that expects SSL/TLS from the first byte (usually 465) may do this when it gets plain text; some servers also hang up on network addresses they refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the port is 465, choose SSL/TLS as the security mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it keeps happening, ask the provider whether your network address is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server hung up during sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some servers close the connection after a wrong password, or after too many sign-in attempts in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a while before trying again: repeated failures can lock the account for some time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while the message was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not complete, so it was not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some servers hang up when a message is too large; if it has big attachments, try without them or share them by a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It broke before the message was complete, so nothing was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too large for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1; the server accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts messages up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments grow by about a third when sent, because they are encoded as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share large files by a download link instead of attaching them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or split the attachments over several messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password sign-in is turned off for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider accepts only modern sign-in (OAuth2) from mail programs, or authenticated SMTP is disabled for this mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose OAuth2 (XOAUTH2) as the sign-in method and use an OAuth2 access token for this account instead of the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a Microsoft 365 work or school account, ask the administrator to enable authenticated SMTP (SMTP AUTH) for this mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept your user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many providers refuse the normal login password from mail programs and require an app password or an authorization code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name: most providers expect the full email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again, watching Caps Lock and the keyboard layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your provider requires an app password or authorization code, create one and use it instead of your login password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this sign-in method or blocked the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the sign-in method to automatic, so that the strongest method the server offers is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires encryption before sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires another step before sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the sign-in method and account settings match what your provider documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a one-time password change-over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in once with the PLAIN method over an encrypted connection, then switch back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed because of a temporary problem on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not process the sign-in data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another sign-in method; very long access tokens can exceed some servers&apos; limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires sign-in before it accepts mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name and password of this account: without sign-in, servers accept mail only for their own users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the sender for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the address of the account you signed in with as the sender; most providers refuse other sender addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sender address for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the message for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message: the sender could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS records of the sender&apos;s domain (SPF, DKIM, DMARC) must allow the server you send through. If you own the domain, ask its administrator to add this server; otherwise send through the provider that hosts your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s text usually says why: suspected spam, a blocked attachment type or a block list. Change what it names and try again, or ask the recipient to allow your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not accepting connections now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses to talk to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers often refuse home or changing network addresses and addresses on block lists, especially on port 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send through your provider&apos;s submission server (port 465 or 587) instead of directly to the recipient&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s text often names the block list or a page that explains the block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some servers refuse a computer name that is not a full domain name, such as &quot;localhost&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the EHLO name to this computer&apos;s full domain name, or leave it empty so that Hongyan chooses one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept a recipient for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not ready to receive the message now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to receive the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a temporary problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session: it is not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be overloaded or restarting, or it limits how many connections or messages it accepts from you in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it keeps happening, send fewer messages at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not follow the mail protocol (SMTP). Either this is not a mail server (for example a web server on this port), or a program between you and the server is broken: antivirus and firewall programs that intercept ports 25 and 587 are a common cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer that is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hongyan stops reading answers beyond a safe size. Either this is not a mail server, or the server or a program between you and it is broken: antivirus and firewall programs that intercept ports 25 and 587 are a common cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered in an unexpected way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its answer does not fit the step in progress (%1). Hongyan stopped rather than guess what the server did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the transcript to the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer sign-in on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is set, but the server does not accept sign-in here. Many servers offer sign-in only on the submission ports 465 and 587, or only after encryption; a server on port 25 usually receives mail for its own users and needs no sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the submission port your provider documents: 465 with SSL/TLS or 587 with STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this server really needs no sign-in (for example a relay in your own network), remove the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no sign-in method that these settings allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs PLAIN, LOGIN or CRAM-MD5; an OAuth2 token needs XOAUTH2 or OAUTHBEARER. PLAIN and LOGIN are used only over an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the sign-in method to automatic, or to one of the methods the server offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was not sent: the connection is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over an unencrypted connection, anyone on the network path could read the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a network you fully trust (for example a test server on this computer), allow sign-in without encryption explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not finish: the server kept asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent more sign-in challenges than the method allows. This usually means it did not accept the user name, password or token, without saying so clearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With OAuth2, get a fresh access token; an expired token is a common cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are incomplete or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: a setting must be corrected first (see the technical detail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the setting named in the technical detail: server name, port, security mode, user name or CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address cannot be used as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. The sender or a recipient address is not a valid mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the addresses for typing errors, spaces or missing parts; an address looks like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one address in To, Cc or Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hongyan could not read the message or one of its attachments, so nothing was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every attached file still exists and can be opened, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot take addresses with non-ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address contains characters beyond ASCII, such as Chinese characters before the @. Sending it needs the SMTPUTF8 extension, which this server does not offer. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an ASCII address for this person if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or send through a server that supports SMTPUTF8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot take the message&apos;s 8-bit content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message contains unencoded 8-bit text, and the server does not offer 8BITMIME, the extension needed to send it. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the message comes from a file (.eml), convert its text to quoted-printable or Base64 encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or send through a server that supports 8BITMIME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s queue ID for this message is %1; quote it when you ask the server&apos;s administrator about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was sent to %1 of %2 recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The message was not sent: %n recipient(s) were refused, and every recipient is required.</source>
        <translation>
            <numerusform>The message was not sent: %n recipient was refused, and every recipient is required.</numerusform>
            <numerusform>The message was not sent: %n recipients were refused, and every recipient is required.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not accept the recipients for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused every recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 got no answer from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more recipient(s) were refused.</source>
        <translation>
            <numerusform>%n more recipient was refused.</numerusform>
            <numerusform>%n more recipients were refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the refused addresses for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server&apos;s text mentions relaying, it passes mail on only for signed-in users: enter the user name and password of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the remaining recipients in a separate message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accepted recipients got the message; after correcting the problem, send it again only to those who were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain declares that it accepts no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its DNS records say so explicitly (a &quot;null MX&quot; record), so no server will take the message. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the part of the address after @; the person may use another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server was found for the recipient&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS lookup for the domain failed for now, so its mail servers are not known. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has no mail server and no address in DNS, so mail for it cannot be delivered. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the part of the address after @ for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you use a custom DNS server, check that it answers for other domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server accepted it for %n recipient(s).</source>
        <translation>
            <numerusform>The server accepted it for %n recipient.</numerusform>
            <numerusform>The server accepted it for %n recipients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery to the mailboxes happens after this; if it fails later, a bounce message arrives in your inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was stopped after the whole message had been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may already have accepted the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was stopped before the message was complete, so nothing was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was sent to some of the recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the input is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending failed for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server broke the mail protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known whether the message was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the message was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole message was sent, but the connection broke before the server confirmed it. The message may or may not have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password and no message were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the same message again unchanged will be refused in the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>outcome category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly sent</source>
        <comment>outcome category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <comment>outcome category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <comment>outcome category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption failed</source>
        <comment>outcome category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <comment>outcome category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>outcome category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <comment>outcome category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error</source>
        <comment>outcome category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <comment>outcome category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>outcome category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparation</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server greeting</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introduction (EHLO)</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting encryption (STARTTLS)</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender (MAIL FROM)</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipients (RCPT TO)</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the message (DATA)</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the message</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for confirmation</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing (QUIT)</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server of the recipient&apos;s domain answered on port 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connection to port 25 timed out. Many internet providers and cloud hosts block outgoing port 25 to stop spam; from such a network, direct delivery cannot work. The message stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send through your mail provider&apos;s server instead (an account with port 465 or 587).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your internet provider or cloud host whether outgoing port 25 is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accepted recipients got the message. The others were refused only for now: try them again later (Hongyan&apos;s outbox does this on its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>console command</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the server</source>
        <comment>session stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed; no message was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>outcome category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 of %2 expects SSL/TLS, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was made, but the server sent no greeting: on this port encryption starts with the first byte, so it waits for Hongyan to begin a TLS handshake while Hongyan waits for its greeting. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SSL/TLS as the security mode for port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or keep STARTTLS and use port 587, if your provider offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is used for this message only. Hongyan does not write it to any file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderHints</name>
    <message>
        <source>NetEase Mail (163.com, 126.com, yeah.net) does not accept your login password from mail programs. In the web mailbox, open Settings → POP3/SMTP/IMAP, turn on the SMTP service and use the client authorization code (授权码) it gives you as the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetEase Enterprise Mail: use your full address as the user name. If your administrator turned on client-specific passwords, generate one in the web mailbox and use it instead of your login password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ Mail does not accept your QQ password from mail programs. In QQ Mail&apos;s settings (account section), turn on the SMTP service and generate an authorization code (授权码); use that code as the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Exmail (WeCom Mail): when secure login is turned on, mail programs need a client-specific password (客户端专用密码), generated in the web mailbox under account security; your login password is refused. The user name is your full address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Mail (aliyun.com): turn on the POP3/SMTP service in the web mailbox&apos;s settings before using a mail program, and use your full address as the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Enterprise Mail: use your full address as the user name. If a security password for third-party clients is turned on, generate one in the web mailbox and use it instead of your login password; your administrator may also restrict mail programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sina Mail: turn on the POP3/SMTP service in the web mailbox&apos;s settings; if it gives you an authorization code (授权码), use that code as the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sohu Mail: turn on the POP3/SMTP service in the web mailbox&apos;s settings; if it asks you to set a separate password for mail programs, use that password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>139 Mail (China Mobile): turn on the SMTP service in the web mailbox&apos;s settings; if it gives you an authorization code (授权码), use that code as the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail does not accept your Google password from mail programs. Turn on 2-Step Verification for your Google Account, create an app password (Google Account → Security → App passwords) and use it here, or sign in with OAuth2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook.com and Microsoft 365 are retiring password sign-in (basic authentication) for SMTP, and many accounts already refuse it: sign in with OAuth2 instead. For a Microsoft 365 work or school account, an administrator must also turn on authenticated SMTP (SMTP AUTH) for the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCloud Mail needs an app-specific password: create one at appleid.apple.com (Sign-In and Security → App-Specific Passwords; two-factor authentication must be on). The user name is your full iCloud address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo Mail needs an app password: create one under Account Info → Account Security → Generate app password, and use it instead of your Yahoo password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 accepts mail from a program only after it signs in: enter the mailbox&apos;s address as the user name and sign in with OAuth2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365: the signed-in mailbox may not send as this sender address. Use the mailbox&apos;s own address as the sender, or ask the administrator for &quot;Send As&quot; permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google blocked this sign-in. Open Gmail in a web browser on this computer, confirm any security alert, then sign in with an app password or OAuth2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail limits how many messages an account may send per day; the limit resets within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetEase answers &quot;User has no permission&quot; when the SMTP service is not turned on: turn it on in the web mailbox under Settings → POP3/SMTP/IMAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetEase requires the sender address to be the address you signed in with (&quot;Mail from must equal authorized user&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If NetEase&apos;s text contains DT:SPM, its spam filter stopped the message: change the subject and content, or send it to yourself first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ Mail requires the sender address to be the address you signed in with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPresets</name>
    <message>
        <source>NetEase mail does not accept your login password here. Turn on SMTP in the web mail settings (POP3/SMTP/IMAP) and enter the client authorization code (授权码) it gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ Mail does not accept your QQ password here. Turn on the SMTP service in QQ Mail&apos;s settings (Account) and enter the authorization code (授权码) it gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Exmail: when secure login is on, create a client-specific password (客户端专用密码) and enter it here; otherwise use your mailbox password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on POP3/SMTP in the web mail settings first. If third-party client security is on, enter the client password (三方客户端安全密码) instead of your login password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on SMTP in Sina Mail&apos;s settings; enter the client authorization code (授权码) it gives you instead of your login password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on POP3/SMTP in Sohu Mail&apos;s settings and set the independent password (独立密码) it asks for; enter that password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on SMTP in 139 Mail&apos;s settings; enter the client authorization code (授权码) when 139 Mail gives you one, otherwise your mailbox password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail refuses your Google password here. Turn on 2-Step Verification, create an app password (16 letters) and enter it, or use an OAuth2 token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook.com no longer accepts passwords for SMTP: it requires OAuth2 (modern authentication). Enter an OAuth2 access token; a password is refused with 535 5.7.139.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365: authenticated SMTP is often turned off by the administrator, and basic authentication is being retired (550 5.7.30, 535 5.7.139). Ask your administrator to enable SMTP AUTH for your mailbox, and use an OAuth2 token where possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCloud Mail needs an app-specific password (Apple ID → Sign-In and Security → App-Specific Passwords), not your Apple ID password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo Mail needs an app password (Account Security → Generate app password), not your Yahoo password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetEase 163 Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetEase 126 Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetEase yeah.net Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetEase VIP 163 Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetEase VIP 126 Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetEase 188 Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Exmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliyun Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Mail (enterprise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sina Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sohu Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>139 Mail (China Mobile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 (Office 365)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyCodeCatalogue</name>
    <message>
        <source>Status or help information from the server; not an error.</source>
        <comment>SMTP reply 211</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text from the server, meant for a person to read; not an error.</source>
        <comment>SMTP reply 214</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is ready. In answer to STARTTLS it means: ready to start encryption.</source>
        <comment>SMTP reply 220</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is closing the connection normally, at the end of the session.</source>
        <comment>SMTP reply 221</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in succeeded.</source>
        <comment>SMTP reply 235</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server carried out the command.</source>
        <comment>SMTP reply 250</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is not on this server, but the server accepted the message and will forward it.</source>
        <comment>SMTP reply 251</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot confirm that the recipient exists, but it accepts the message and will try to deliver it.</source>
        <comment>SMTP reply 252</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is waiting for the next step of the sign-in.</source>
        <comment>SMTP reply 334</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is ready to receive the text of the message.</source>
        <comment>SMTP reply 354</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not available and is closing the connection. It may be overloaded or restarting, or it limits how many connections or messages it accepts from you. This is temporary.</source>
        <comment>SMTP reply 421</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before this sign-in method can be used, the account must sign in once with a simple password method (PLAIN, over an encrypted connection).</source>
        <comment>SMTP reply 432</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is unavailable for now: it may be busy, or the server delays senders it does not know yet (greylisting). A later attempt usually works.</source>
        <comment>SMTP reply 450</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped because of a problem on its side. This is temporary; servers that use greylisting also answer a first attempt this way.</source>
        <comment>SMTP reply 451</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is short of storage for now, or the message has more recipients than it accepts at once.</source>
        <comment>SMTP reply 452</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption (TLS) or sign-in is not possible right now because of a temporary problem on the server.</source>
        <comment>SMTP reply 454</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot accept the options given with the sender or recipient address at the moment.</source>
        <comment>SMTP reply 455</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not recognise the command, or the line was too long. A program between you and the server may have changed the data.</source>
        <comment>SMTP reply 500</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused what was given with the command, usually an address it considers badly formed.</source>
        <comment>SMTP reply 501</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this command.</source>
        <comment>SMTP reply 502</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not expect this command at this point, for example sending before signing in.</source>
        <comment>SMTP reply 503</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this option of the command, for example this sign-in method.</source>
        <comment>SMTP reply 504</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not accept any mail.</source>
        <comment>SMTP reply 521</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires sign-in first, or encryption (STARTTLS) before anything else.</source>
        <comment>SMTP reply 530</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server considers this sign-in method too weak, or the provider blocked the sign-in for security reasons.</source>
        <comment>SMTP reply 534</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the user name and password (or the access token).</source>
        <comment>SMTP reply 535</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in method needs an encrypted connection.</source>
        <comment>SMTP reply 538</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: usually the mailbox does not exist, or the server&apos;s rules refuse this sender or message.</source>
        <comment>SMTP reply 550</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is not on this server, and the server will not forward the message.</source>
        <comment>SMTP reply 551</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A storage limit was exceeded: the message is too large, or the recipient&apos;s mailbox is full.</source>
        <comment>SMTP reply 552</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not allowed: it is badly formed, or you may not send with this sender address.</source>
        <comment>SMTP reply 553</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the transaction. Servers use this for many kinds of refusal, often spam or policy checks; their text says which.</source>
        <comment>SMTP reply 554</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not recognise or support an option given with the sender or recipient address.</source>
        <comment>SMTP reply 555</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail.</source>
        <comment>SMTP reply 556</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <comment>enhanced status 2.0.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient address is valid and was accepted.</source>
        <comment>enhanced status 2.1.5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was accepted.</source>
        <comment>enhanced status 2.6.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in or a security check succeeded.</source>
        <comment>enhanced status 2.7.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is unavailable for now. Servers that use greylisting answer a first message from an unknown sender this way.</source>
        <comment>enhanced status 4.2.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full for now; delivery may work once its owner makes room.</source>
        <comment>enhanced status 4.2.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving mail system has a temporary problem.</source>
        <comment>enhanced status 4.3.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving mail system is short of storage for now.</source>
        <comment>enhanced status 4.3.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving system is not accepting messages at the moment, for example during maintenance.</source>
        <comment>enhanced status 4.3.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next mail server did not answer; delivery will be tried again.</source>
        <comment>enhanced status 4.4.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the next mail server broke during the transfer.</source>
        <comment>enhanced status 4.4.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail system is too busy right now.</source>
        <comment>enhanced status 4.4.5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery is taking longer than expected; the server keeps trying.</source>
        <comment>enhanced status 4.4.7</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many recipients for one message at this time; the others can be sent in a separate message.</source>
        <comment>enhanced status 4.5.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary security or policy refusal: for example a temporary sign-in failure, a sending rate limit, or doubts about your network address.</source>
        <comment>enhanced status 4.7.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s rules do not let this message through for now, often because of greylisting or a rate limit.</source>
        <comment>enhanced status 4.7.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password transition is needed: sign in once with a simple password method (PLAIN over an encrypted connection); then this method will work.</source>
        <comment>enhanced status 4.7.12</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permanent failure that the server did not describe further.</source>
        <comment>enhanced status 5.0.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a problem with an address, the sender&apos;s or a recipient&apos;s.</source>
        <comment>enhanced status 5.1.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist. Check the address for typing errors.</source>
        <comment>enhanced status 5.1.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain (the part after @) does not exist or cannot receive mail.</source>
        <comment>enhanced status 5.1.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not written correctly.</source>
        <comment>enhanced status 5.1.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox has moved: the person no longer receives mail at this address.</source>
        <comment>enhanced status 5.1.6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address is not written correctly.</source>
        <comment>enhanced status 5.1.7</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s domain is not accepted: it does not exist, cannot receive replies, or may not send through this server.</source>
        <comment>enhanced status 5.1.8</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain declares that it accepts no mail at all (a &quot;null MX&quot; record).</source>
        <comment>enhanced status 5.1.10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox cannot take the message.</source>
        <comment>enhanced status 5.2.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled and does not accept messages.</source>
        <comment>enhanced status 5.2.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full.</source>
        <comment>enhanced status 5.2.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is larger than this recipient may receive.</source>
        <comment>enhanced status 5.2.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is larger than this mail system accepts.</source>
        <comment>enhanced status 5.3.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer. Microsoft 365 also uses this code to refuse recipients that do not exist in the receiving organisation.</source>
        <comment>enhanced status 5.4.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be routed: the recipient&apos;s domain has no usable mail server.</source>
        <comment>enhanced status 5.4.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery took too long and was given up.</source>
        <comment>enhanced status 5.4.7</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not recognise a command.</source>
        <comment>enhanced status 5.5.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command was not written correctly.</source>
        <comment>enhanced status 5.5.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts.</source>
        <comment>enhanced status 5.5.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options or values given with a command are not valid.</source>
        <comment>enhanced status 5.5.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line of the sign-in exchange was too long for the server, as can happen with long access tokens.</source>
        <comment>enhanced status 5.5.6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s system does not support the format of the message or of an attachment.</source>
        <comment>enhanced status 5.6.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message would have to be converted (for example from 8-bit to 7-bit text), and the server cannot do that.</source>
        <comment>enhanced status 5.6.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters, which are not allowed here for that sender or recipient.</source>
        <comment>enhanced status 5.6.7</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security or policy refusal. Most often: sign-in is required, or encryption (STARTTLS) must be started first.</source>
        <comment>enhanced status 5.7.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s rules refuse this sender, recipient or message. &quot;Relaying denied&quot; means you must sign in first; other texts point to spam filtering or a blocked sender.</source>
        <comment>enhanced status 5.7.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required security conversion is not possible. Microsoft 365 also uses this code when it refuses a sign-in.</source>
        <comment>enhanced status 5.7.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support a security feature that was requested.</source>
        <comment>enhanced status 5.7.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name, password or access token was not accepted.</source>
        <comment>enhanced status 5.7.8</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in method is too weak for the server; it requires a stronger one.</source>
        <comment>enhanced status 5.7.9</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption is needed before this sign-in method can be used.</source>
        <comment>enhanced status 5.7.10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in method requires an encrypted connection.</source>
        <comment>enhanced status 5.7.11</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user account is disabled.</source>
        <comment>enhanced status 5.7.13</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trust relationship is required. Gmail uses this code when it blocked a sign-in and wants you to sign in through a web browser first.</source>
        <comment>enhanced status 5.7.14</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not allow this server to send its mail (the SPF check failed).</source>
        <comment>enhanced status 5.7.23</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending server&apos;s network address has no valid reverse DNS name.</source>
        <comment>enhanced status 5.7.25</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message failed the sender checks of its domain (SPF, DKIM, DMARC): the receiving server cannot confirm that it really comes from that domain.</source>
        <comment>enhanced status 5.7.26</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s domain declares that it accepts no mail (a &quot;null MX&quot; record), so replies could never reach it.</source>
        <comment>enhanced status 5.7.27</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 and Outlook.com use this code when sign-in with a password (basic authentication) is turned off: the account must sign in with OAuth2. Elsewhere it means the message requires REQUIRETLS, which the next server does not support.</source>
        <comment>enhanced status 5.7.30</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365: the program did not sign in, so it may not send mail through this server.</source>
        <comment>enhanced status 5.7.57</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 refused the sign-in: authenticated SMTP (SMTP AUTH) or password sign-in is turned off for this account or its organisation.</source>
        <comment>enhanced status 5.7.139</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPrinter</name>
    <message>
        <source>%1: not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: accepted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delivered to %n recipient(s).</source>
        <translation>
            <numerusform>Delivered to %n recipient.</numerusform>
            <numerusform>Delivered to %n recipients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered to %1 of %2 recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(HELO only: no ESMTP extensions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1, %2 (%3 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate accepted because it matches the pinned SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: null MX (RFC 7505): this domain accepts no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hongyan-cli: %1: no mail route: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no MX records; mail goes to the domain&apos;s own address (RFC 5321 §5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: MX hosts in the order they are tried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: accepted (%2), but the message was not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote (Ctrl+Shift+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert or edit a link (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send plain text only, without formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a horizontal line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove text styles from the selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretReader</name>
    <message>
        <source>--password-env: the environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file: cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given and no terminal to ask for one: use --password-env or --password-file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsSource</name>
    <message>
        <source>Entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Hongyan&apos;s built-in settings for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the provider&apos;s autoconfig file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the DNS SRV record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s mail server %1 belongs to a known provider; these are that provider&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by trying %1: a mail server answered there. No provider confirmed these settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary shows the conversation; Debug adds state changes and message headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which kinds of lines are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only matching lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines, or every line shown when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lines shown to a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptPrinter</name>
    <message>
        <source>--transcript: cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::AccountEditor</name>
    <message>
        <source>Entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the mail servers of a recipient domain and check the first one on port 25, without sending mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these settings step by step without sending mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly to the recipients&apos; mail servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server yet: detect the settings, or enter them under “Server settings”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::AccountsController</name>
    <message>
        <source>direct delivery (MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the password will not be saved anywhere: Hongyan will ask for it when sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer (%1). If the password cannot be saved, Hongyan will ask for it when sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address first: the settings are looked up for its domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings were found; please enter them by hand. Tried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server name (for example smtp.example.com), or use Detect settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name for signing in, or choose “None” as the method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server name first, or use Detect settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was saved, but no keychain is available on this computer (%1), so the password was not saved anywhere. Hongyan will ask for it when sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was saved, but the system keychain refused the password (%1). Hongyan will ask for it when sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its password is removed from the keychain too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was removed, but its password could not be removed from the system keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::AccountsDialog</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::AppController</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) from the last session opened again.</source>
        <translation>
            <numerusform>%n draft from the last session opened again.</numerusform>
            <numerusform>%n drafts from the last session opened again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the outbox have not been sent.</source>
        <translation>
            <numerusform>%n message in the outbox has not been sent.</numerusform>
            <numerusform>%n messages in the outbox have not been sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) being sent will be stopped and stay in the outbox.</source>
        <translation>
            <numerusform>%n message being sent will be stopped and stay in the outbox.</numerusform>
            <numerusform>%n messages being sent will be stopped and stay in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) being written will be kept as drafts and opened again next time.</source>
        <translation>
            <numerusform>%n message being written will be kept as a draft and opened again next time.</numerusform>
            <numerusform>%n messages being written will be kept as drafts and opened again next time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the outbox have not been sent; they stay there.</source>
        <translation>
            <numerusform>%n message in the outbox has not been sent; it stays there.</numerusform>
            <numerusform>%n messages in the outbox have not been sent; they stay there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Hongyan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some mail has not been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hongyan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::AttachmentList</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files on the window to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 (about %2 when sent)</source>
        <translation>
            <numerusform>%n file, %1 (about %2 when sent)</numerusform>
            <numerusform>%n files, %1 (about %2 when sent)</numerusform>
        </translation>
    </message>
    <message>
        <source>more than the server accepts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepts up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) missing</source>
        <translation>
            <numerusform>%n file missing</numerusform>
            <numerusform>%n files missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hongyan::CertificateDialog</name>
    <message>
        <source>The certificate presented by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: this is the certificate pinned for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted: issued by an authority this computer trusts, for the name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account accepts exactly this certificate for %1. If the server ever presents a different one, the check fails again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it only after confirming the SHA-256 fingerprint with the server&apos;s administrator. Hongyan will then accept exactly this certificate for %1; if the server later presents a different one, the check fails again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (itself: self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not yet valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (SAN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::ComposeController</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[The first %1 of %2 are shown.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is sent exactly as it is in %1; its fields and text cannot be changed here. Choose the account to send it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message from the outbox is sent exactly as it was composed. Choose the account to send it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hongyan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account the message is from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account to send from, or set one up (Account ▸ Manage Accounts…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients (To, Cc or Bcc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attachment cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1 when sent; the server accepts at most %2. Remove or shrink attachments, or share large files by link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be saved to the outbox, so it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was removed while the message was being prepared. It is kept in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent: %1 accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent: %1 accepted it with queue id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled. The message stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled. The message is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled. The message stays in the outbox (the draft could not be saved: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other recipients have the message. It stays in the outbox for the refused recipients only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may have accepted the message before the connection ended. It is kept in the outbox: check with the recipients before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is kept in the outbox. Retry it there, or change it here and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was sent from the outbox: %1 accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was sent from the outbox: %1 accepted it with queue id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account the message is from, or set one up (Account ▸ Manage Accounts…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending and close the window? A message that was not sent yet is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this message as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts are opened again the next time Hongyan starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 (queue id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Message delivered directly to %n domain(s): %1.</source>
        <translation>
            <numerusform>Message delivered directly to %n domain: %1.</numerusform>
            <numerusform>Message delivered directly to %n domains: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other recipients have the message. The refused recipients were refused only for now: the message waits in the outbox for them and is tried again on its own at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message waits in the outbox and is tried again on its own at %1. Retry it there to try at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::ComposeForm</name>
    <message>
        <source>No account set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::ConsoleController</name>
    <message>
        <source>Enter the server to connect to, or choose an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given: the console connects, but Authenticate will not work in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>220: %1 Send EHLO to greet the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the line contains a line break or a NUL character, which could smuggle a second command onto the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: wait for the answer to the previous command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the console is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the connection is already encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: type AUTH alone, or press Authenticate. Hongyan signs in with the account&apos;s user name and password and keeps them out of the transcript; a typed AUTH line would put them on the screen and the wire as you typed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: there is no user name and password for this session. Choose an account, or type them before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: BDAT is not available in the console; DATA sends the text for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the console is not connected, or still waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the meaning of this code is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted (%1), pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted (%1), certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted (%1), certificate NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 port %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 port %2, %3. Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::ConsoleDataDialog</name>
    <message>
        <source>Send &amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::ConsoleWindow</name>
    <message>
        <source>Another server (typed below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server extensions: not known; send EHLO to ask for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server extensions: none (the server answered HELO, or EHLO without extensions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server extensions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::DiagnosisController</name>
    <message>
        <source>No access token is saved for this account. Enter it to sign in during this check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved for this account. Enter it to sign in during this check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so passwords are not saved. Enter the password for this check; it is used only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Enter the password for this check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1, signing in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1, without signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the sign-in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It accepts %1 as the sender; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was accepted because it is pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password and run the check again to test signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct delivery has no server of its own: the check looks up the mail servers of a recipient domain and connects to the first one on port 25. Which domain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run and name a recipient domain to check direct delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking direct delivery to %1: looking up its mail servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking direct delivery to %1: its mail server %2 port %3, %4, without signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the first mail server of %2, answered on port 25: outgoing port 25 is open from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not encrypt the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It encrypted the connection (%1) with a verified certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It encrypted the connection (%1), but its certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other domains have other servers and rules: a message can still be refused or delayed (greylisting) by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of recipient mail servers cannot be pinned. To trust a private certificate authority, choose its certificate as the account&apos;s CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 is open, but this server does not encrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 is open, but this server&apos;s certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::DiagnosisWindow</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::FailureDialog</name>
    <message>
        <source>Show Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message reached only some recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (after trying %n server address(es))</source>
        <translation>
            <numerusform>%1 (after trying %n server address)</numerusform>
            <numerusform>%1 (after trying %n server addresses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::MainWindow</name>
    <message>
        <source>New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email messages (*.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Message As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hongyan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hongyan %1&lt;/h3&gt;&lt;p&gt;A mail composer and SMTP troubleshooting tool.&lt;/p&gt;&lt;p&gt;鸿雁传书: in Chinese letters, the wild goose carries the letter.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::MessageFileWriter</name>
    <message>
        <source>Cannot read the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::Outbox</name>
    <message>
        <source>Not a valid outbox entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::OutboxController</name>
    <message>
        <source>The outbox is empty: every message was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s own words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account this message was to be sent with no longer exists. Edit the message to choose another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other recipients have the message. It stays in the outbox for the refused recipients only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directly to the recipients&apos; mail servers (port 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none scheduled: use Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The message was refused for now. Hongyan tries again on its own after 5, 15 and 30 minutes, then every hour, for up to %n day(s) while it runs; Retry sends it at once.</source>
        <translation>
            <numerusform>The message was refused for now. Hongyan tries again on its own after 5, 15 and 30 minutes, then every hour, for up to %n day while it runs; Retry sends it at once.</numerusform>
            <numerusform>The message was refused for now. Hongyan tries again on its own after 5, 15 and 30 minutes, then every hour, for up to %n days while it runs; Retry sends it at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message stays in the outbox; it is tried again on its own at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was retried from the outbox and reached only some recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was retried from the outbox and not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is waiting in the outbox: trying it again needs the account&apos;s password, which is not in the keychain. Press Retry there to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::OutboxModel</name>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: the server did not confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused for now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the server may have accepted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n minute(s))</source>
        <translation>
            <numerusform>%1 (in %n minute)</numerusform>
            <numerusform>%1 (in %n minutes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n hour(s))</source>
        <translation>
            <numerusform>%1 (in %n hour)</numerusform>
            <numerusform>%1 (in %n hours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::OutboxWindow</name>
    <message>
        <source>Delete Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this message from the outbox? It has not been sent and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::PasswordDialog</name>
    <message>
        <source>No password for this account is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the saved password cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not read the password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::RichTextEditor</name>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link address (leave empty to remove the link):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to plain text removes all formatting and inline images from the message. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image that can be shown in a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::SecretStore</name>
    <message>
        <source>The keychain module could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain module %1 is from another version of Hongyan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no D-Bus session bus, through which the keychain is reached; QtKeychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::SendProgressWidget</name>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the outbox %1 %…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securing the connection (TLS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the sender and recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending 0 %…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server to accept the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 % (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering to the recipients&apos; mail servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending message %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::ServerDiscovery</name>
    <message>
        <source>&apos;%1&apos; is not an email address with a valid domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped the autoconfig address %1: it is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for the provider&apos;s autoconfig file at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No autoconfig file at %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No autoconfig file at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored the autoconfig file at %1: it is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autoconfig file at %1 is of no use: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the DNS SRV record %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS SRV record %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS SRV record %1 says the service is not offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the mail servers (MX) of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MX records for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail servers (MX) of %1 belong to no provider Hongyan knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying to connect to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server answered at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server did not answer for %1 in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::TimingChart</name>
    <message>
        <source>DNS lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>phase, then what it was about</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at %1, took %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not succeed: failed, refused, abandoned or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timing of each step appears here after a send, a probe or a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::TranscriptModel</name>
    <message>
        <source>Sent by Hongyan, encrypted (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by Hongyan, not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from the server, encrypted (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from the server, not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dir.</source>
        <comment>transcript direction column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::TranscriptPane</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript could not be saved to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by Hongyan (-&gt;, ~&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from the server (&lt;-, &lt;~)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information (==)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (**)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::cli::ConnectionSetup</name>
    <message>
        <source>--account: no saved account named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain holds no password for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not be used (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>why not from the keychain; why not from a terminal</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::cli::ConsoleJob</name>
    <message>
        <source>Type AUTH alone: the credentials come from --user and --password-env/--password-file (or the account), never from a typed line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the message; end it with a line holding only &quot;.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::cli::ProbeJob</name>
    <message>
        <source>Capabilities before TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities after TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hongyan::cli::SendCommand</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Write and send mail, and see the SMTP exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailto: URLs (RFC 6068) or .eml files to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hongyan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These could not be opened:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smtp</name>
    <message>
        <source>Looking up the mail servers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail route for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX records: using its own address (RFC 5321 §5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server %1 (preference %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server of %1 could be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop %1 [%2]: NOT encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop %1 [%2]: encrypted (%3), certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop %1 [%2]: encrypted (%3), certificate NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authentication method both sides support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials are configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send credentials over an unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials are configured but the server offers no AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server challenge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 port %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) is not the pinned one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2 (%3 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate: subject %1; issuer %2; valid until %3; SHA-256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate accepted: it matches the pinned SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate verified for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate NOT verified; continuing because TLS is opportunistic here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection within %1 s (tried %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS handshake within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: no greeting within %1 s on port %2: the server waits for a TLS handshake; choose SSL/TLS for this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: the upload made no progress within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: no reply within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the server announced before TLS is forgotten: send EHLO again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding what the server announced before TLS; asking again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused EHLO; falling back to HELO (no extensions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, which these settings require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: continuing WITHOUT encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes arrived after the 220 reply and before TLS: possible response injection; closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused STARTTLS: continuing WITHOUT encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the idle connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is closing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply without a command outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message (%1 bytes) is larger than the server&apos;s limit (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sending: %1 of %2 recipients were refused and every recipient is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the message failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message of %1 bytes sent (body not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message accepted for %1 recipient(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message accepted for %1 of %2 recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX of %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the mail servers (MX) of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX records: mail goes to its own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server to check for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt to send “%1”, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic retry: sending “%1” directly to the recipients&apos; mail servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending “%1” directly to the recipients&apos; mail servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic retry: sending “%1” through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending “%1” through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after TLS: HELO only (no ESMTP extensions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after TLS: no extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELO only (no ESMTP extensions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1, issued by %2, valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted by pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no STARTTLS: continuing without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (implicit TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (STARTTLS required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (opportunistic STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (no encryption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address for any mail server of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outbox is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message cannot be read again from its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user name or secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH is not in the EHLO reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up after %1 challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload made no progress within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no greeting within %1 s on port %2: the server waits for a TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS is not in the EHLO reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unexpected bytes before the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send() called while the session is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to send a command containing CR, LF or NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply arrived although no command was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is not open for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has UTF-8 headers and the server does not offer SMTPUTF8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has 8-bit content and the server does not offer 8BITMIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes &gt; SIZE %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tried %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problems overridden: the certificate matches the pin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problems, and it is not the pinned certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not trusted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain ends in a self-signed authority that is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer of the certificate is not trusted or not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate in the chain could be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s authority is not trusted for this purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not valid for this server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts no mail (null MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MX, A or AAAA records for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no A or AAAA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line contains CR, LF or NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes through the console&apos;s own command, not as a raw line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message source is not open for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message source stopped delivering data before its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form local-part@domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local part of &apos;%1&apos; contains a character not allowed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain of &apos;%1&apos; contains a character not allowed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a non-ASCII local part, which needs a server offering SMTPUTF8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a malformed address literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an invalid domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply with more than %1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed reply line (no three-digit code 200-559 followed by space or hyphen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-line reply whose lines carry different codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not valid base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty challenge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 bytes of binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server host name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server host name &apos;%1&apos; contains spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EHLO name &apos;%1&apos; must be an ASCII domain or address literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate pin must be a SHA-256 digest (32 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an authentication method was chosen but no user name or secret given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeouts must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console is not connected or a command is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is already encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message text cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testSender() needs an established, idle session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message file %1 changed after it was read: it had %2 bytes, now it has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message file %1 changed after it was read: it is shorter than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment %1 changed after it was added: it had %2 bytes, now it has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment %1 changed after it was added: it is shorter than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
