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

// A field name, built only when a problem is reported: validation runs for every record
// of a bulk import, and almost every record is fine.
class Field
{
public:
    Field(const char *name)
        : m_list(name)
    {}
    Field(const char *list, qsizetype index, const char *member = nullptr)
        : m_list(list)
        , m_index(index)
        , m_member(member)
    {}

    QString toString() const
    {
        QString field = QLatin1String(m_list);
        if (m_index >= 0)
            field += QStringLiteral("[%1]").arg(m_index);
        if (m_member)
            field += QLatin1Char('.') + QLatin1String(m_member);
        return field;
    }

private:
    const char *m_list;
    qsizetype m_index = -1;
    const char *m_member = nullptr;
};

bool isBlank(const QString &value)
{
    return std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); });
}

// Collects problems; the helpers keep each rule to one line in the check functions.
// `what` names the field in messages and is translated only when there is a problem.
class Problems
{
public:
    void add(const Field &field, FieldProblem problem, const QString &message)
    {
        m_list.append({field.toString(), problem, message});
    }
    void required(const Field &field, const QString &value, const char *what)
    {
        if (isBlank(value))
            add(field, FieldProblem::Empty, tr("%1 cannot be empty.").arg(tr(what)));
        else if (value.size() > maxNameLength)
            add(field, FieldProblem::TooLong,
                tr("%1 is longer than %2 characters.").arg(tr(what)).arg(maxNameLength));
    }
    void longText(const Field &field, const QString &value)
    {
        if (value.size() > maxTextLength)
            add(field, FieldProblem::TooLong,
                tr("This text is longer than %1 characters.").arg(maxTextLength));
    }
    void webUrl(const Field &field, const QString &value)
    {
        if (!value.isEmpty() && !isValidWebUrl(value))
            add(field, FieldProblem::Malformed,
                tr("“%1” is not a web address (expected https://…).").arg(value));
    }
    void dateOrder(const Field &field, const QDate &start, const QDate &end)
    {
        if (start.isValid() && end.isValid() && end < start)
            add(field, FieldProblem::EndBeforeStart, tr("The end date is before the start date."));
    }
    void cadence(const Field &field, std::optional<int> days)
    {
        if (days && (*days <= 0 || *days > maxCadenceDays))
            add(field, FieldProblem::OutOfRange,
                tr("Keep-in-touch cadence must be between 1 and %1 days.").arg(maxCadenceDays));
    }
    void notNegative(const Field &field, qint64 cents)
    {
        if (cents < 0)
            add(field, FieldProblem::Negative, tr("An amount cannot be negative."));
    }
    void currency(const Field &field, const QString &code)
    {
        if (!isValidCurrency(code))
            add(field, FieldProblem::Malformed,
                tr("“%1” is not a currency code such as USD or EUR.").arg(code));
    }
    void reference(const Field &field, std::optional<Id> id)
    {
        if (id && *id <= 0)
            add(field, FieldProblem::MissingReference,
                tr("This refers to a record that does not exist."));
    }
    void tags(const QStringList &tags)
    {
        for (qsizetype i = 0; i < tags.size(); ++i)
            required(Field("tags", i), tags.at(i), QT_TRANSLATE_NOOP("kith::validation", "A tag"));
    }
    void profiles(const char *list, const QList<ProfileLink> &profiles)
    {
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            const QString &url = profiles.at(i).url;
            if (isBlank(url))
                add(Field(list, i), FieldProblem::Empty, tr("A profile link cannot be empty."));
            else
                webUrl(Field(list, i), url);
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

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// The plainest addresses, "https://www.linkedin.com/in/ada-lovelace-42/": a host of
// letters, digits and inner hyphens in dot-separated labels, the last with a letter (digits
// alone may be an IPv4 address, for QUrl to judge), then a path of unreserved characters. QUrl
// takes every one of them; it is the parse that costs, a microsecond or more per address, and an
// import checks each profile address twice. False says only that the address needs the full parse.
bool isPlainWebUrl(QStringView url)
{
    qsizetype at = 0;
    if (url.startsWith(u"https://"))
        at = 8;
    else if (url.startsWith(u"http://"))
        at = 7;
    else
        return false;
    const qsizetype hostStart = at;
    QChar previous = u'.';
    bool labelHasLetter = false;
    for (; at < url.size() && url[at] != u'/'; ++at) {
        const QChar c = url[at];
        if (c == u'.') {
            if (previous == u'.' || previous == u'-')
                return false;
            labelHasLetter = false;
        } else if (c == u'-') {
            if (previous == u'.')
                return false;
        } else if (!isAsciiAlnum(c)) {
            return false;
        } else if (c.isLetter()) {
            labelHasLetter = true;
        }
        previous = c;
    }
    if (at == hostStart || previous == u'.' || previous == u'-' || !labelHasLetter)
        return false;
    for (; at < url.size(); ++at) {
        const QChar c = url[at];
        if (!isAsciiAlnum(c) && c != u'/' && c != u'-' && c != u'_' && c != u'.' && c != u'~')
            return false;
    }
    return true;
}

} // namespace

bool isValidWebUrl(const QString &url)
{
    if (isPlainWebUrl(url))
        return true;
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && !parsed.host().isEmpty() &&
           (parsed.scheme() == QLatin1String("https") || parsed.scheme() == QLatin1String("http"));
}

bool isValidCurrency(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
    return pattern.match(code).hasMatch();
}

QList<FieldError> check(const Person &person)
{
    Problems p;
    p.required("displayName", person.displayName,
               QT_TRANSLATE_NOOP("kith::validation", "The name"));
    for (qsizetype i = 0; i < person.emails.size(); ++i) {
        const QString &email = person.emails.at(i).value;
        if (!isValidEmail(email))
            p.add(Field("emails", i), FieldProblem::Malformed,
                  tr("“%1” is not an e-mail address.").arg(email));
    }
    for (qsizetype i = 0; i < person.phones.size(); ++i) {
        if (isBlank(person.phones.at(i).value))
            p.add(Field("phones", i), FieldProblem::Empty, tr("A phone number cannot be empty."));
    }
    p.profiles("profiles", person.profiles);
    for (qsizetype i = 0; i < person.roles.size(); ++i) {
        const Role &role = person.roles.at(i);
        if (isBlank(role.title) && !role.organizationId)
            p.add(Field("roles", i), FieldProblem::Empty,
                  tr("A role needs a title or an organization."));
        p.dateOrder(Field("roles", i, "end"), role.start, role.end);
        p.reference(Field("roles", i, "organization"), role.organizationId);
    }
    if (person.id != 0 && person.introducedById == person.id)
        p.add("introducedBy", FieldProblem::OutOfRange,
              tr("Nobody is introduced to you by themselves."));
    p.reference("introducedBy", person.introducedById);
    p.reference("metAtEvent", person.metAtEventId);
    p.reference("metInGroup", person.metInGroupId);
    p.cadence("cadenceDays", person.cadenceDays);
    p.longText("notes", person.notes);
    p.tags(person.tags);
    return p.take();
}

QList<FieldError> check(const Organization &organization)
{
    Problems p;
    p.required("name", organization.name, QT_TRANSLATE_NOOP("kith::validation", "The name"));
    p.webUrl("website", organization.website);
    p.profiles("socialPages", organization.socialPages);
    p.longText("notes", organization.notes);
    p.tags(organization.tags);
    return p.take();
}

QList<FieldError> check(const Membership &membership)
{
    Problems p;
    if (membership.organizationId <= 0)
        p.add("organization", FieldProblem::Empty, tr("A membership needs an organization."));
    p.reference("person", membership.personId);
    p.required("role", membership.role, QT_TRANSLATE_NOOP("kith::validation", "The role"));
    if (membership.dues) {
        p.notNegative("dues", membership.dues->cents);
        p.currency("duesCurrency", membership.dues->currency);
    }
    p.longText("notes", membership.notes);
    p.tags(membership.tags);
    return p.take();
}

QList<FieldError> check(const OnlineGroup &group)
{
    Problems p;
    p.required("name", group.name, QT_TRANSLATE_NOOP("kith::validation", "The name"));
    p.webUrl("url", group.url);
    if (group.id != 0 && group.discoveredViaGroupId == group.id)
        p.add("discoveredViaGroup", FieldProblem::OutOfRange,
              tr("A group cannot be discovered through itself."));
    p.reference("discoveredViaGroup", group.discoveredViaGroupId);
    p.reference("discoveredViaPerson", group.discoveredViaPersonId);
    p.cadence("cadenceDays", group.cadenceDays);
    p.longText("notes", group.notes);
    p.tags(group.tags);
    return p.take();
}

QList<FieldError> check(const Recommendation &recommendation)
{
    Problems p;
    if (recommendation.personId <= 0)
        p.add("person", FieldProblem::Empty,
              tr("A recommendation needs the person who gave or received it."));
    const bool given = recommendation.direction == RecommendationDirection::Given;
    if ((given && recommendation.status == RecommendationStatus::Received) ||
        (!given && recommendation.status == RecommendationStatus::Given)) {
        p.add("status", FieldProblem::OutOfRange,
              given ? tr("A recommendation you give cannot be “received”.")
                    : tr("A recommendation you receive cannot be “given”."));
    }
    p.dateOrder("completedOn", recommendation.requestedOn, recommendation.completedOn);
    p.longText("text", recommendation.text);
    p.tags(recommendation.tags);
    return p.take();
}

QList<FieldError> check(const Event &event)
{
    Problems p;
    p.required("name", event.name, QT_TRANSLATE_NOOP("kith::validation", "The name"));
    p.dateOrder("endDate", event.startDate, event.endDate);
    if (event.startDate.isValid() && event.startDate == event.endDate &&
        event.startTime.isValid() && event.endTime.isValid() && event.endTime < event.startTime) {
        p.add("endTime", FieldProblem::EndBeforeStart, tr("The event ends before it starts."));
    }
    if (event.endDate.isValid() && !event.startDate.isValid())
        p.add("startDate", FieldProblem::Empty,
              tr("An event with an end date needs a start date."));
    p.webUrl("url", event.url);
    p.currency("currency", event.currency);
    p.reference("organizer", event.organizerId);
    for (qsizetype i = 0; i < event.costs.size(); ++i) {
        const CostLine &line = event.costs.at(i);
        p.notNegative(Field("costs", i, "planned"), line.plannedCents);
        if (line.actualCents)
            p.notNegative(Field("costs", i, "actual"), *line.actualCents);
    }
    for (qsizetype i = 0; i < event.deadlines.size(); ++i) {
        if (!event.deadlines.at(i).due.isValid())
            p.add(Field("deadlines", i, "due"), FieldProblem::Empty,
                  tr("A deadline needs a date."));
    }
    for (qsizetype i = 0; i < event.sessions.size(); ++i)
        p.required(Field("sessions", i, "title"), event.sessions.at(i).title,
                   QT_TRANSLATE_NOOP("kith::validation", "A session title"));
    for (qsizetype i = 0; i < event.participants.size(); ++i) {
        if (event.participants.at(i).personId <= 0)
            p.add(Field("participants", i), FieldProblem::MissingReference,
                  tr("This refers to a person who does not exist."));
    }
    p.longText("notes", event.notes);
    p.longText("reflection", event.reflection);
    p.tags(event.tags);
    return p.take();
}

QList<FieldError> check(const Interaction &interaction)
{
    Problems p;
    if (!interaction.date.isValid())
        p.add("date", FieldProblem::Empty, tr("An interaction needs a date."));
    if (interaction.personIds.isEmpty())
        p.add("people", FieldProblem::Empty, tr("An interaction needs at least one person."));
    p.reference("event", interaction.eventId);
    if (interaction.followUpDoneOn.isValid() && !interaction.followUpOn.isValid())
        p.add("followUpDoneOn", FieldProblem::OutOfRange,
              tr("A follow-up can only be done when one was planned."));
    p.longText("summary", interaction.summary);
    p.tags(interaction.tags);
    return p.take();
}

QList<FieldError> check(const Tag &tag)
{
    Problems p;
    p.required("name", tag.name, QT_TRANSLATE_NOOP("kith::validation", "The tag name"));
    p.cadence("cadenceDays", tag.cadenceDays);
    return p.take();
}

} // namespace kith::validation
