#include "RecommendationsSection.h"

#include "RecommendBack.h"
#include "RecommendationDetail.h"
#include "RecommendationEditor.h"
#include "RecommendationsModel.h"
#include "session/Session.h"
#include "storage/RecommendationStore.h"
#include "storage/Transaction.h"
#include "widgets/FilterBar.h"
#include "widgets/Lookups.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace kith::ui {

RecommendationsSection::RecommendationsSection(Session &session, QWidget *parent)
    : ListSection(session, EntityKind::Recommendation, QStringLiteral("recommendations"), parent)
    , m_model(new RecommendationsModel(session, this))
    , m_directionFilter(filters()->addEnumChoice<RecommendationDirection>(
          QStringLiteral("Direction"), tr("Direction"), tr("Given and received")))
    , m_statusFilter(filters()->addEnumChoice<RecommendationStatus>(QStringLiteral("Status"),
                                                                    tr("Status"), tr("Any status")))
{
    searchEdit()->setPlaceholderText(tr("Search recommendations by person or text… (Ctrl+F)"));
    RecordActions actions;
    actions.useStore<RecommendationStore>(session);
    actions.name = [&session](Id id) {
        const Result<Recommendation> r = RecommendationStore(session.db()).get(id);
        if (!r)
            return QString();
        return r->direction == RecommendationDirection::Given
                   ? tr("the recommendation for %1").arg(personName(session, r->personId))
                   : tr("the recommendation from %1").arg(personName(session, r->personId));
    };
    actions.count = [](int count) { return tr("%n recommendation(s)", nullptr, count); };
    actions.consequences = tr("You can undo this (Ctrl+Z).");
    setRecordActions(std::move(actions));

    auto *backAction = new QAction(tr("Recommend Them &Back…"), this);
    backAction->setObjectName(QStringLiteral("recommendBackAction"));
    connect(backAction, &QAction::triggered, this, [this] {
        if (const Id id = currentId())
            recommendBack(id);
    });
    view()->addAction(backAction);

    setModel(m_model);
    // Direction, Person, Status, Platform, Context, Date, Excerpt
    setColumnWidths({90, 180, 100, 90, 110, 100, 300}, RecommendationsModel::Person);
}

void RecommendationsSection::applyFilters(const QString &searchText)
{
    RecommendationFilter filter;
    filter.text = searchText;
    filter.direction = FilterBar::chosen<RecommendationDirection>(m_directionFilter);
    filter.status = FilterBar::chosen<RecommendationStatus>(m_statusFilter);
    filter.ids = onlyIds();
    m_model->setFilter(filter);
}

QString RecommendationsSection::detailHtml(Id id)
{
    return recommendationDetailHtml(session(), id);
}

void RecommendationsSection::newRecord()
{
    Recommendation recommendation;
    recommendation.requestedOn = session().today();
    openEditor<RecommendationEditor>(recommendation);
}

void RecommendationsSection::editRecord(Id id)
{
    editWith<RecommendationEditor, RecommendationStore>(id, tr("Edit Recommendation"));
}

void RecommendationsSection::recommendBack(Id receivedId)
{
    Result<Recommendation> received = RecommendationStore(session().db()).get(receivedId);
    if (!received) {
        MessageBox::warning(this, tr("Recommend Them Back"), received.error().message());
        return;
    }
    if (!canRecommendBack(session(), *received)) {
        MessageBox::information(
            this, tr("Recommend Them Back"),
            tr("Only a recommendation you received, from someone who has none from you on its "
               "way or given, can be returned."));
        return;
    }
    openEditor<RecommendationEditor>(recommendBackDraft(*received));
}

QString RecommendationsSection::emptyText(bool filtered) const
{
    if (filtered)
        return tr("No recommendation matches. Clear the search (Esc) or the filters to see them "
                  "all.");
    return tr("No recommendations yet.\n\nRecord one you gave or received with New "
              "(Ctrl+Shift+N) or Quick Add (Ctrl+N), or import your LinkedIn recommendations "
              "from the File menu.");
}

void RecommendationsSection::detailAction(const QString &action, Id id)
{
    if (action == QLatin1String("recommendBack"))
        recommendBack(id);
    else
        ListSection::detailAction(action, id);
}

} // namespace kith::ui
