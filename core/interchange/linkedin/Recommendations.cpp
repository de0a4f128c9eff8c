#include "LinkedInDates.h"
#include "LinkedInFiles.h"

#include <QCoreApplication>

namespace kith::linkedin::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::linkedin", text);
}

// Received recommendations carry LinkedIn's status (VISIBLE, HIDDEN, PENDING…); given ones
// leave it empty. A pending one was asked for and not written yet.
RecommendationStatus statusOf(QStringView status, RecommendationDirection direction)
{
    if (status.contains(u"PENDING", Qt::CaseInsensitive) ||
        status.contains(u"REQUEST", Qt::CaseInsensitive))
        return RecommendationStatus::Requested;
    return direction == RecommendationDirection::Given ? RecommendationStatus::Given
                                                       : RecommendationStatus::Received;
}

} // namespace

Status readRecommendations(const QString &text, const QString &where,
                           RecommendationDirection direction, ImportBatch &batch)
{
    Result<Table> table = Table::open(text, where, {u"First Name", u"Last Name", u"Text"});
    if (!table)
        return table.error();
    const csv::Header &h = table->header();
    const qsizetype first = h.indexOf(u"First Name"), last = h.indexOf(u"Last Name"),
                    company = h.indexOf(u"Company"),
                    title = h.indexOfAny({u"Job Title", u"Position", u"Title"}),
                    body = h.indexOf(u"Text"),
                    created = h.indexOfAny({u"Creation Date", u"Date", u"Created On"}),
                    status = h.indexOf(u"Status");
    csv::Row row;
    while (table->next(row)) {
        const SourceLocation location{where, row.line};
        if (Status room = batch.checkRoom(location); !room)
            return room;
        if (row.unterminatedQuote) {
            batch.rejected.append(
                {location,
                 tr("A quoted field is never closed; the rest of the file is unusable.")});
            continue;
        }
        const QString given = row.value(first).simplified();
        const QString family = splitCredentials(row.value(last)).first;
        const QString name = (given + QLatin1Char(' ') + family).trimmed();
        const QString words = row.value(body).trimmed();
        if (name.isEmpty()) {
            if (words.isEmpty())
                ++batch.skippedEmpty;
            else
                batch.rejected.append({location, tr("The recommendation names nobody.")});
            continue;
        }
        IncomingRecommendation in;
        in.where = location;
        in.personName = name;
        in.personCompany = row.value(company).simplified();
        in.personTitle = row.value(title).simplified();
        Recommendation &r = in.recommendation;
        r.direction = direction;
        r.platform = RecommendationPlatform::LinkedIn;
        r.status = statusOf(row.value(status), direction);
        r.text = words;
        const QDate day = parseDateTime(row.value(created)).date;
        if (r.status == RecommendationStatus::Requested)
            r.requestedOn = day;
        else
            r.completedOn = day;
        batch.recommendations.append(std::move(in));
    }
    return {};
}

} // namespace kith::linkedin::detail
