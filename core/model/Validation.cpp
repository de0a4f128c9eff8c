#include "Validation.h"

#include <QRegularExpression>
#include <QUrl>

namespace kith::validation {

namespace {

constexpr qsizetype maxNameLength = 500;
constexpr qsizetype maxTextLength = 1'000'000; // notes, recommendation texts
constexpr int maxCadenceDays = 3650;

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::validation", text);
}

QString indexed(const char *list, qsizetype index, const char *member = nullptr)
{
    QString field = QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
    if (member)
        field += QLatin1Char('.') + QLatin1String(member);
    return field;
}

// Collects problems; the helpers keep each rule to one line in the check functions.
class Problems
{
public:
    void add(const QString &field, FieldProblem problem, const QString &message)
    {
        m_list.append({field, problem, message});
    }
    void required(const QString &field, const QString &value, const QString &what)
    {
        if (value.trimmed().isEmpty())
            add(field, FieldProblem::Empty, tr("%1 cannot be empty.").arg(what));
        else if (value.size() > maxNameLength)
            add(field, FieldProblem::TooLong,
                tr("%1 is longer than %2 characters.").arg(what).arg(maxNameLength));
    }
    void longText(const QString &field, const QString &value)
    {
        if (value.size() > maxTextLength)
            add(field, FieldProblem::TooLong,
                tr("This text is longer than %1 characters.").arg(maxTextLength));
    }
    void webUrl(const QString &field, const QString &value)
    {
        if (!value.isEmpty() && !isValidWebUrl(value))
            add(field, FieldProblem::Malformed,
                tr("“%1” is not a web address (expected https://…).").arg(value));
    }
    void dateOrder(const QString &field, const QDate &start, const QDate &end)
    {
        if (start.isValid() && end.isValid() && end < start)
            add(field, FieldProblem::EndBeforeStart, tr("The end date is before the start date."));
    }
    void cadence(const QString &field, std::optional<int> days)
    {
        if (days && (*days <= 0 || *days > maxCadenceDays))
            add(field, FieldProblem::OutOfRange,
                tr("Keep-in-touch cadence must be between 1 and %1 days.").arg(maxCadenceDays));
    }
    void notNegative(const QString &field, qint64 cents)
    {
        if (cents < 0)
            add(field, FieldProblem::Negative, tr("An amount cannot be negative."));
    }
    void currency(const QString &field, const QString &code)
    {
        if (!isValidCurrency(code))
            add(field, FieldProblem::Malformed,
                tr("“%1” is not a currency code such as USD or EUR.").arg(code));
    }
    void reference(const QString &field, std::optional<Id> id)
    {
        if (id && *id <= 0)
            add(field, FieldProblem::MissingReference, tr("This refers to a record that does not exist."));
    }
    void tags(const QStringList &tags)
    {
        for (qsizetype i = 0; i < tags.size(); ++i)
            required(indexed("tags", i), tags.at(i), tr("A tag"));
    }
    void profiles(const char *list, const QList<ProfileLink> &profiles)
    {
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            const QString &url = profiles.at(i).url;
            const QString field = indexed(list, i);
            if (url.trimmed().isEmpty())
                add(field, FieldProblem::Empty, tr("A profile link cannot be empty."));
            else
                webUrl(field, url);
        }
    }

    QList<FieldError> take() { return std::move(m_list); }

private:
    QList<FieldError> m_list;
};

} // namespace

bool isValidEmail(const QString &email)
{
    // Deliberately simple: one @, something before it, a dotted domain after it, no spaces.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$)"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

bool isValidWebUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && !parsed.host().isEmpty()
           && (parsed.scheme() == QLatin1String("https") || parsed.scheme() == QLatin1String("http"));
}

bool isValidCurrency(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
    return pattern.match(code).hasMatch();
}

QList<FieldError> check(const Person &person)
{
    Problems p;
    p.required(QStringLiteral("displayName"), person.displayName, tr("The name"));
    for (qsizetype i = 0; i < person.emails.size(); ++i) {
        const QString &email = person.emails.at(i).value;
        if (!isValidEmail(email))
            p.add(indexed("emails", i), FieldProblem::Malformed,
                  tr("“%1” is not an e-mail address.").arg(email));
    }
    for (qsizetype i = 0; i < person.phones.size(); ++i) {
        if (person.phones.at(i).value.trimmed().isEmpty())
            p.add(indexed("phones", i), FieldProblem::Empty, tr("A phone number cannot be empty."));
    }
    p.profiles("profiles", person.profiles);
    for (qsizetype i = 0; i < person.roles.size(); ++i) {
        const Role &role = person.roles.at(i);
        if (role.title.trimmed().isEmpty() && !role.organizationId)
            p.add(indexed("roles", i), FieldProblem::Empty,
                  tr("A role needs a title or an organization."));
        p.dateOrder(indexed("roles", i, "end"), role.start, role.end);
        p.reference(indexed("roles", i, "organization"), role.organizationId);
    }
    if (person.id != 0 && person.introducedById == person.id)
        p.add(QStringLiteral("introducedBy"), FieldProblem::OutOfRange,
              tr("Nobody is introduced to you by themselves."));
    p.reference(QStringLiteral("introducedBy"), person.introducedById);
    p.reference(QStringLiteral("metAtEvent"), person.metAtEventId);
    p.reference(QStringLiteral("metInGroup"), person.metInGroupId);
    p.cadence(QStringLiteral("cadenceDays"), person.cadenceDays);
    p.longText(QStringLiteral("notes"), person.notes);
    p.tags(person.tags);
    return p.take();
}

QList<FieldError> check(const Organization &organization)
{
    Problems p;
    p.required(QStringLiteral("name"), organization.name, tr("The name"));
    p.webUrl(QStringLiteral("website"), organization.website);
    p.profiles("socialPages", organization.socialPages);
    p.longText(QStringLiteral("notes"), organization.notes);
    p.tags(organization.tags);
    return p.take();
}

QList<FieldError> check(const Membership &membership)
{
    Problems p;
    if (membership.organizationId <= 0)
        p.add(QStringLiteral("organization"), FieldProblem::Empty,
              tr("A membership needs an organization."));
    p.reference(QStringLiteral("person"), membership.personId);
    p.required(QStringLiteral("role"), membership.role, tr("The role"));
    if (membership.dues) {
        p.notNegative(QStringLiteral("dues"), membership.dues->cents);
        p.currency(QStringLiteral("duesCurrency"), membership.dues->currency);
    }
    p.longText(QStringLiteral("notes"), membership.notes);
    p.tags(membership.tags);
    return p.take();
}

QList<FieldError> check(const OnlineGroup &group)
{
    Problems p;
    p.required(QStringLiteral("name"), group.name, tr("The name"));
    p.webUrl(QStringLiteral("url"), group.url);
    if (group.id != 0 && group.discoveredViaGroupId == group.id)
        p.add(QStringLiteral("discoveredViaGroup"), FieldProblem::OutOfRange,
              tr("A group cannot be discovered through itself."));
    p.reference(QStringLiteral("discoveredViaGroup"), group.discoveredViaGroupId);
    p.reference(QStringLiteral("discoveredViaPerson"), group.discoveredViaPersonId);
    p.cadence(QStringLiteral("cadenceDays"), group.cadenceDays);
    p.longText(QStringLiteral("notes"), group.notes);
    p.tags(group.tags);
    return p.take();
}

QList<FieldError> check(const Recommendation &recommendation)
{
    Problems p;
    if (recommendation.personId <= 0)
        p.add(QStringLiteral("person"), FieldProblem::Empty,
              tr("A recommendation needs the person who gave or received it."));
    const bool given = recommendation.direction == RecommendationDirection::Given;
    if ((given && recommendation.status == RecommendationStatus::Received)
        || (!given && recommendation.status == RecommendationStatus::Given)) {
        p.add(QStringLiteral("status"), FieldProblem::OutOfRange,
              given ? tr("A recommendation you give cannot be “received”.")
                    : tr("A recommendation you receive cannot be “given”."));
    }
    p.dateOrder(QStringLiteral("completedOn"), recommendation.requestedOn, recommendation.completedOn);
    p.longText(QStringLiteral("text"), recommendation.text);
    p.tags(recommendation.tags);
    return p.take();
}

QList<FieldError> check(const Event &event)
{
    Problems p;
    p.required(QStringLiteral("name"), event.name, tr("The name"));
    p.dateOrder(QStringLiteral("endDate"), event.startDate, event.endDate);
    if (event.startDate.isValid() && event.startDate == event.endDate && event.startTime.isValid()
        && event.endTime.isValid() && event.endTime < event.startTime) {
        p.add(QStringLiteral("endTime"), FieldProblem::EndBeforeStart,
              tr("The event ends before it starts."));
    }
    if (event.endDate.isValid() && !event.startDate.isValid())
        p.add(QStringLiteral("startDate"), FieldProblem::Empty,
              tr("An event with an end date needs a start date."));
    p.webUrl(QStringLiteral("url"), event.url);
    p.currency(QStringLiteral("currency"), event.currency);
    p.reference(QStringLiteral("organizer"), event.organizerId);
    for (qsizetype i = 0; i < event.costs.size(); ++i) {
        const CostLine &line = event.costs.at(i);
        p.notNegative(indexed("costs", i, "planned"), line.plannedCents);
        if (line.actualCents)
            p.notNegative(indexed("costs", i, "actual"), *line.actualCents);
    }
    for (qsizetype i = 0; i < event.deadlines.size(); ++i) {
        if (!event.deadlines.at(i).due.isValid())
            p.add(indexed("deadlines", i, "due"), FieldProblem::Empty, tr("A deadline needs a date."));
    }
    for (qsizetype i = 0; i < event.sessions.size(); ++i)
        p.required(indexed("sessions", i, "title"), event.sessions.at(i).title, tr("A session title"));
    for (qsizetype i = 0; i < event.participants.size(); ++i) {
        if (event.participants.at(i).personId <= 0)
            p.add(indexed("participants", i), FieldProblem::MissingReference,
                  tr("This refers to a person who does not exist."));
    }
    p.longText(QStringLiteral("notes"), event.notes);
    p.longText(QStringLiteral("reflection"), event.reflection);
    p.tags(event.tags);
    return p.take();
}

QList<FieldError> check(const Interaction &interaction)
{
    Problems p;
    if (!interaction.date.isValid())
        p.add(QStringLiteral("date"), FieldProblem::Empty, tr("An interaction needs a date."));
    if (interaction.personIds.isEmpty())
        p.add(QStringLiteral("people"), FieldProblem::Empty,
              tr("An interaction needs at least one person."));
    p.reference(QStringLiteral("event"), interaction.eventId);
    if (interaction.followUpDoneOn.isValid() && !interaction.followUpOn.isValid())
        p.add(QStringLiteral("followUpDoneOn"), FieldProblem::OutOfRange,
              tr("A follow-up can only be done when one was planned."));
    p.longText(QStringLiteral("summary"), interaction.summary);
    p.tags(interaction.tags);
    return p.take();
}

QList<FieldError> check(const Tag &tag)
{
    Problems p;
    p.required(QStringLiteral("name"), tag.name, tr("The tag name"));
    p.cadence(QStringLiteral("cadenceDays"), tag.cadenceDays);
    return p.take();
}

} // namespace kith::validation
