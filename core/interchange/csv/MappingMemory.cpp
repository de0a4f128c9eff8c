#include "MappingMemory.h"

#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith::csv {

namespace {

// Stored as {"columns": [{"header": "E-mail 1 - Value", "field": "email"}, …]}: JSON, so a
// header holding any character survives.
QString serialized(const ColumnMapping &mapping)
{
    QJsonArray columns;
    for (const ColumnMapping::Column &column : mapping.columns) {
        if (column.field != ContactField::Ignore)
            columns.append(QJsonObject{{QStringLiteral("header"), column.header},
                                       {QStringLiteral("field"), enumKey(column.field)}});
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("columns"), columns}})
                                 .toJson(QJsonDocument::Compact));
}

// A stored mapping that does not read (edited by hand, or from a later Kith) is treated as
// none: the user is asked again rather than stopped.
std::optional<ColumnMapping> deserialized(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    ColumnMapping mapping;
    mapping.source = MappingSource::Remembered;
    const QJsonArray columns = document.object().value(QLatin1String("columns")).toArray();
    for (const QJsonValue &value : columns) {
        const QJsonObject column = value.toObject();
        const std::optional<ContactField> field =
            enumFromKey<ContactField>(column.value(QLatin1String("field")).toString());
        const QString header = column.value(QLatin1String("header")).toString();
        if (!field || header.isEmpty())
            return std::nullopt;
        mapping.columns.append({header, *field});
    }
    if (mapping.columns.isEmpty())
        return std::nullopt;
    return mapping;
}

} // namespace

QString MappingMemory::keyFor(const QStringList &headers)
{
    QStringList folded;
    folded.reserve(headers.size());
    for (const QString &header : headers)
        folded.append(header.trimmed().toCaseFolded());
    folded.sort();
    const QByteArray hash =
        QCryptographicHash::hash(folded.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("csv.mapping.") + QString::fromLatin1(hash.toHex().left(32));
}

Result<std::optional<ColumnMapping>> MappingMemory::recall(const QStringList &headers) const
{
    Result<QString> stored = SettingsStore(m_db).value(keyFor(headers));
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return std::optional<ColumnMapping>();
    return deserialized(*stored);
}

Result<ColumnMapping> MappingMemory::proposal(const QStringList &headers) const
{
    Result<std::optional<ColumnMapping>> remembered = recall(headers);
    if (!remembered)
        return remembered.error();
    if (*remembered)
        return **remembered;
    return detectMapping(headers);
}

Status MappingMemory::remember(const QStringList &headers, const ColumnMapping &mapping)
{
    return SettingsStore(m_db).setValue(keyFor(headers), serialized(mapping));
}

Status MappingMemory::forget(const QStringList &headers)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    Query remove(m_db, QStringLiteral("DELETE FROM setting WHERE key = ?"));
    remove.bind(keyFor(headers));
    if (Status status = remove.exec(); !status)
        return status;
    m_db.notify({EntityKind::Setting, ChangeType::Removed, {}});
    return tx.commit();
}

} // namespace kith::csv
