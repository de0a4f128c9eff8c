#include "DuplicatesCommand.h"

#include "Arguments.h"
#include "interchange/DuplicateFinder.h"
#include "storage/Database.h"
#include "storage/PersonStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith::cli {

namespace {

// tr(text, disambiguation, n): with three arguments lupdate files a string as plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kith::cli", text, disambiguation, n);
}

// Keys are part of Kith's scripting interface.
QString reasonKey(interchange::MatchReason reason)
{
    switch (reason) {
    case interchange::MatchReason::Uid:
        return QStringLiteral("uid");
    case interchange::MatchReason::ProfileUrl:
        return QStringLiteral("profile");
    case interchange::MatchReason::Email:
        return QStringLiteral("email");
    case interchange::MatchReason::Name:
        return QStringLiteral("name");
    case interchange::MatchReason::None:
        break;
    }
    return QStringLiteral("none");
}

QString reasonLabel(interchange::MatchReason reason)
{
    switch (reason) {
    case interchange::MatchReason::Uid:
        return tr("same vCard UID");
    case interchange::MatchReason::ProfileUrl:
        return tr("same profile address");
    case interchange::MatchReason::Email:
        return tr("same e-mail");
    case interchange::MatchReason::Name:
        return tr("same name");
    case interchange::MatchReason::None:
        break;
    }
    return {};
}

// "Acme Corp, ada@example.org": what tells namesakes apart at a glance.
QString distinction(const Person &person)
{
    QStringList parts;
    if (const Role *role = person.currentRole(); role && !role->organizationName.isEmpty())
        parts.append(role->organizationName);
    if (!person.primaryEmail().isEmpty())
        parts.append(person.primaryEmail());
    return parts.join(QStringLiteral(", "));
}

std::optional<Id> parseId(const QString &text)
{
    bool numeric = false;
    const Id id = text.toLongLong(&numeric);
    return numeric && id > 0 ? std::optional<Id>(id) : std::nullopt;
}

} // namespace

QString DuplicatesCommand::summary() const
{
    return tr("list people who look like one person (same e-mail, profile or name)");
}

int DuplicatesCommand::run(const Context &context, const QStringList &arguments)
{
    const QCommandLineOption json(QStringLiteral("json"), tr("print JSON"));
    Arguments args(*this, {json}, {});
    if (!args.parse(context, arguments))
        return args.exitCode();
    std::unique_ptr<Database> db = context.open(Context::Access::Read);
    if (!db)
        return Failure;
    Result<QList<interchange::DuplicateGroup>> groups = interchange::findDuplicatePeople(*db);
    if (!groups)
        return context.fail(groups.error());

    const PersonStore store(*db);
    QJsonArray jsonGroups;
    int number = 0;
    for (const interchange::DuplicateGroup &group : *groups) {
        ++number;
        QJsonArray people;
        QStringList ids, reasons, keys;
        if (!args.isSet(QStringLiteral("json"))) {
            for (interchange::MatchReason reason : group.reasons)
                reasons.append(reasonLabel(reason));
            context.out << tr("Group %1 (%2):").arg(number).arg(reasons.join(QStringLiteral(", ")))
                        << '\n';
        }
        for (Id id : group.people) {
            Result<Person> person = store.get(id);
            if (!person)
                return context.fail(person.error());
            ids.append(QString::number(id));
            if (args.isSet(QStringLiteral("json"))) {
                people.append(QJsonObject{{QStringLiteral("id"), id},
                                          {QStringLiteral("name"), person->displayName},
                                          {QStringLiteral("details"), distinction(*person)}});
            } else {
                const QString details = distinction(*person);
                context.out << "  " << QString::number(id).rightJustified(7) << "  "
                            << person->displayName
                            << (details.isEmpty() ? QString() : QStringLiteral(" — ") + details)
                            << '\n';
            }
        }
        if (args.isSet(QStringLiteral("json"))) {
            for (interchange::MatchReason reason : group.reasons)
                keys.append(reasonKey(reason));
            jsonGroups.append(
                QJsonObject{{QStringLiteral("people"), people},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(keys)}});
        } else {
            context.out << "  " << tr("to merge: kith merge %1").arg(ids.join(QLatin1Char(' ')))
                        << '\n';
        }
    }
    if (args.isSet(QStringLiteral("json")))
        context.out << QJsonDocument(jsonGroups).toJson(QJsonDocument::Compact) << '\n';
    else if (groups->isEmpty())
        context.out << tr("No duplicates found.") << '\n';
    return Success;
}

QString MergeCommand::summary() const
{
    return tr("merge people into the first one and delete the others");
}

QString MergeCommand::details() const
{
    return tr("Their e-mails, phones, profiles, jobs, tags, interactions, recommendations,\n"
              "memberships and groups move to KEEP_ID; fields KEEP_ID leaves empty are\n"
              "filled from them. `kith duplicates` lists candidates.");
}

int MergeCommand::run(const Context &context, const QStringList &arguments)
{
    Arguments args(*this, {}, {QStringLiteral("KEEP_ID"), QStringLiteral("OTHER_ID")},
                   Arguments::unlimited);
    if (!args.parse(context, arguments))
        return args.exitCode();
    QList<Id> ids;
    for (const QString &text : args.positional()) {
        const std::optional<Id> id = parseId(text);
        if (!id)
            return context.usage(
                tr("“%1” is not a person id; `kith duplicates` shows them.").arg(text));
        if (ids.contains(*id))
            return context.usage(tr("Person %1 is named twice.").arg(*id));
        ids.append(*id);
    }
    const Id keep = ids.takeFirst();
    std::unique_ptr<Database> db = context.open(Context::Access::Write);
    if (!db)
        return Failure;
    if (Status merged = interchange::mergePeople(*db, keep, ids); !merged)
        return context.fail(merged.error());
    const Result<Person> kept = PersonStore(*db).get(keep);
    context.out << tr("Merged %n person(s) into %1 (%2).", nullptr, int(ids.size()))
                       .arg(keep)
                       .arg(kept ? kept->displayName : QString())
                << '\n';
    return Success;
}

} // namespace kith::cli
