#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hongyan {

// What a compose window holds, as a value: saved as the user types (DraftStore), kept with
// an outbox entry so "Edit" gets back exactly what was written, and filled from mailto: URLs
// and .eml files. The fields are the user's text, unparsed: a draft may hold a half-typed
// address.
struct Draft
{
    // An image pasted into the rich-text body. `name` is the URL the body's HTML refers to
    // ("cid:…"), so the HTML can go into a multipart/related message unchanged.
    struct InlineImage
    {
        QString name;
        QString mimeType;
        QByteArray data;

        friend bool operator==(const InlineImage&, const InlineImage&) = default;
    };

    // Whether toJson() embeds image bytes (base64) or only names them (the caller stores
    // the bytes elsewhere and sets them again after fromJson()).
    enum class ImageData { Embedded, Omitted };

    QString id;
    QString accountId;
    QString to;
    QString cc;
    QString bcc;
    QString subject;
    bool plainText = false; // the body is plain text only; html is empty then
    QString html;
    QString plain;           // the plain text body, or the text alternative of the HTML body
    QStringList attachments; // file paths
    QList<InlineImage> inlineImages;
    // The outbox entry this draft is a new version of: sending the draft replaces it.
    QString replacesOutboxId;
    QDateTime modified;

    QJsonObject toJson(ImageData images) const;
    // Missing members stay empty; image bytes are read when embedded.
    static Draft fromJson(const QJsonObject& object);
    static QString newId();

    friend bool operator==(const Draft&, const Draft&) = default;
};

} // namespace hongyan
