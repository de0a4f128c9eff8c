#include "RecommendationDetail.h"

#include "RecommendBack.h"
#include "session/Session.h"
#include "storage/RecommendationStore.h"
#include "widgets/DetailHtml.h"
#include "widgets/Format.h"
#include "widgets/Lookups.h"

#include <QCoreApplication>

namespace kith::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ui::RecommendationDetail", text);
}

// What the user gave back to the person of a received recommendation, as links.
void addGivenBack(DetailHtml &page, Session &session, const Recommendation &r)
{
    if (r.direction != RecommendationDirection::Received)
        return;
    RecommendationQuery query;
    query.filter.personId = r.personId;
    query.filter.direction = RecommendationDirection::Given;
    Result<QList<RecommendationSummary>> given = RecommendationStore(session.db()).list(query);
    if (!given || given->isEmpty())
        return;
    page.section(tr("Your recommendations for them"));
    for (const RecommendationSummary &row : *given) {
        const QDate date = row.completedOn.isValid() ? row.completedOn : row.requestedOn;
        page.item(QStringLiteral("%1 · %2").arg(
            DetailHtml::link(EntityKind::Recommendation, row.id, enumLabel(row.status)),
            DetailHtml::escape(date.isValid() ? formatDate(date) : row.excerpt)));
    }
}

} // namespace

QString recommendationDetailHtml(Session &session, Id id)
{
    Result<Recommendation> r = RecommendationStore(session.db()).get(id);
    if (!r)
        return DetailHtml(r.error().message()).html();
    const QString who = personName(session, r->personId);
    const bool given = r->direction == RecommendationDirection::Given;
    DetailHtml page(given ? tr("Recommendation for %1").arg(who)
                          : tr("Recommendation from %1").arg(who),
                    r->context);
    QStringList actions;
    if (canRecommendBack(session, *r))
        actions.append(
            DetailHtml::action(QStringLiteral("recommendBack"), id, tr("Recommend them back")));
    actions.append(DetailHtml::action(QStringLiteral("edit"), id, tr("Edit (Enter)")));
    page.actions(actions);

    page.rowHtml(given ? tr("For") : tr("From"),
                 DetailHtml::link(EntityKind::Person, r->personId, who));
    page.row(tr("Direction"), enumLabel(r->direction));
    page.row(tr("Status"), enumLabel(r->status));
    page.row(tr("Platform"), enumLabel(r->platform));
    page.row(tr("Context"), r->context);
    page.row(tr("Requested on"), formatDate(r->requestedOn));
    page.row(given ? tr("Given on") : tr("Received on"), formatDate(r->completedOn));
    page.row(tr("Tags"), r->tags.join(QStringLiteral(", ")));
    page.section(tr("Text"));
    if (r->text.trimmed().isEmpty())
        page.note(tr("No text yet."));
    else
        page.paragraph(r->text);
    addGivenBack(page, session, *r);
    return page.html();
}

} // namespace kith::ui
