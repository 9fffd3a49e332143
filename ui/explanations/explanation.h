#pragma once

#include <QString>
#include <QStringList>

namespace hongyan {

// What a person is told about an outcome, in their language. The server's own words are
// kept apart (serverText) so they are always shown beside the explanation, never replaced.
struct Explanation
{
    QString headline;   // one sentence: what happened ("The server refused the password.")
    QString details;    // why, in plain words, with the relevant facts (host, code, limit)
    QStringList advice; // what to try next, most likely first
    QString serverText; // the server's reply, verbatim (already escaped for display)
    QString command;    // the command it answered, as the transcript shows it, or empty
    QString codeText;   // "535 5.7.8" or empty
};

} // namespace hongyan
