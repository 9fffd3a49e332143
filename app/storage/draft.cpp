#include "draft.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

QJsonObject Draft::toJson(ImageData images) const
{
    QJsonArray imageArray;
    for (const InlineImage& image : inlineImages) {
        QJsonObject item{{u"name"_s, image.name}, {u"mimeType"_s, image.mimeType}};
        if (images == ImageData::Embedded)
            item.insert(u"data"_s, QString::fromLatin1(image.data.toBase64()));
        imageArray.append(item);
    }
    return QJsonObject{
        {u"version"_s, 1},
        {u"id"_s, id},
        {u"accountId"_s, accountId},
        {u"to"_s, to},
        {u"cc"_s, cc},
        {u"bcc"_s, bcc},
        {u"subject"_s, subject},
        {u"plainText"_s, plainText},
        {u"html"_s, html},
        {u"plain"_s, plain},
        {u"attachments"_s, QJsonArray::fromStringList(attachments)},
        {u"inlineImages"_s, imageArray},
        {u"replacesOutboxId"_s, replacesOutboxId},
        {u"modified"_s, modified.toUTC().toString(Qt::ISODateWithMs)},
    };
}

Draft Draft::fromJson(const QJsonObject& object)
{
    Draft draft;
    draft.id = object.value(u"id"_s).toString();
    draft.accountId = object.value(u"accountId"_s).toString();
    draft.to = object.value(u"to"_s).toString();
    draft.cc = object.value(u"cc"_s).toString();
    draft.bcc = object.value(u"bcc"_s).toString();
    draft.subject = object.value(u"subject"_s).toString();
    draft.plainText = object.value(u"plainText"_s).toBool();
    draft.html = object.value(u"html"_s).toString();
    draft.plain = object.value(u"plain"_s).toString();
    const QJsonArray attachments = object.value(u"attachments"_s).toArray();
    for (const QJsonValue& path : attachments)
        draft.attachments.append(path.toString());
    const QJsonArray images = object.value(u"inlineImages"_s).toArray();
    for (const QJsonValue& value : images) {
        const QJsonObject item = value.toObject();
        InlineImage image;
        image.name = item.value(u"name"_s).toString();
        image.mimeType = item.value(u"mimeType"_s).toString();
        image.data = QByteArray::fromBase64(item.value(u"data"_s).toString().toLatin1());
        draft.inlineImages.append(image);
    }
    draft.replacesOutboxId = object.value(u"replacesOutboxId"_s).toString();
    draft.modified =
        QDateTime::fromString(object.value(u"modified"_s).toString(), Qt::ISODateWithMs);
    return draft;
}

QString Draft::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace hongyan
