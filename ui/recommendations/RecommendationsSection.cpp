#include "RecommendationsSection.h"

#include "RecommendBack.h"
#include "RecommendationDetail.h"
#include "RecommendationEditor.h"
#include "RecommendationsModel.h"
#include "session/Session.h"
#include "storage/RecommendationStore.h"
#include "storage/Transaction.h"
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
    , m_directionFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
{
    searchEdit()->setPlaceholderText(tr("Search recommendations by person or text… (Ctrl+F)"));
    m_directionFilter->setObjectName(QStringLiteral("recommendationsDirectionFilter"));
    m_directionFilter->setAccessibleName(tr("Direction"));
    m_directionFilter->addItem(tr("Given and received"));
    for (RecommendationDirection direction : enumValues<RecommendationDirection>())
        m_directionFilter->addItem(enumLabel(direction), enumKey(direction));
    m_statusFilter->setObjectName(QStringLiteral("recommendationsStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("Any status"));
    for (RecommendationStatus status : enumValues<RecommendationStatus>())
        m_statusFilter->addItem(enumLabel(status), enumKey(status));
    filterBar()->addWidget(m_directionFilter);
    filterBar()->addWidget(m_statusFilter);
    connect(m_directionFilter, &QComboBox::currentIndexChanged, this,
            &RecommendationsSection::filtersChanged);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            &RecommendationsSection::filtersChanged);

    auto *backAction = new QAction(tr("Recommend Them &Back…"), this);
    backAction->setObjectName(QStringLiteral("recommendBackAction"));
    connect(backAction, &QAction::triggered, this, [this] {
        if (const Id id = currentId())
            recommendBack(id);
    });
    view()->addAction(backAction);

    setModel(m_model);
    keepSortableIndicator();
    // Direction, Person, Status, Platform, Context, Date, Excerpt
    setColumnWidths({90, 180, 100, 90, 110, 100, 300}, RecommendationsModel::Person);
}

void RecommendationsSection::keepSortableIndicator()
{
    // The view moves the sort arrow before the model is asked; put it back when the model
    // declined a column it cannot sort by, so the arrow never claims an order that is not
    // there.
    QHeaderView *header = view()->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        if (RecommendationsModel::isSortable(column))
            return;
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        header->viewport()->update();
    });
}

void RecommendationsSection::applyFilters(const QString &searchText)
{
    RecommendationFilter filter;
    filter.text = searchText;
    if (const QString key = m_directionFilter->currentData().toString(); !key.isEmpty())
        filter.direction = enumFromKey<RecommendationDirection>(key);
    if (const QString key = m_statusFilter->currentData().toString(); !key.isEmpty())
        filter.status = enumFromKey<RecommendationStatus>(key);
    filter.ids = onlyIds();
    m_model->setFilter(filter);
}

void RecommendationsSection::clearFilters()
{
    m_directionFilter->setCurrentIndex(0);
    m_statusFilter->setCurrentIndex(0);
}

bool RecommendationsSection::hasActiveFilters() const
{
    return m_directionFilter->currentIndex() > 0 || m_statusFilter->currentIndex() > 0;
}

QString RecommendationsSection::detailHtml(Id id)
{
    return recommendationDetailHtml(session(), id);
}

void RecommendationsSection::openEditor(const Recommendation &recommendation)
{
    RecommendationEditor editor(session(), recommendation, this);
    if (editor.exec() == QDialog::Accepted && recommendation.id == 0) {
        selectAfterSave(editor.savedId());
        showRecord(editor.savedId());
    }
}

void RecommendationsSection::newRecord()
{
    Recommendation recommendation;
    recommendation.requestedOn = session().today();
    openEditor(recommendation);
}

void RecommendationsSection::editRecord(Id id)
{
    Result<Recommendation> recommendation = RecommendationStore(session().db()).get(id);
    if (!recommendation) {
        MessageBox::warning(this, tr("Edit Recommendation"), recommendation.error().message());
        return;
    }
    openEditor(*recommendation);
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
    openEditor(recommendBackDraft(*received));
}

void RecommendationsSection::deleteRecords(const QList<Id> &ids)
{
    RecommendationStore store(session().db());
    QString single;
    if (ids.size() == 1) {
        if (Result<Recommendation> r = store.get(ids.first()))
            single = r->direction == RecommendationDirection::Given
                         ? tr("the recommendation for %1").arg(personName(session(), r->personId))
                         : tr("the recommendation from %1").arg(personName(session(), r->personId));
    }
    const QString question = !single.isEmpty()
                                 ? tr("Delete %1?").arg(single)
                                 : tr("Delete %n recommendations?", nullptr, int(ids.size()));
    if (MessageBox::question(this, tr("Delete"),
                             question + QStringLiteral("\n\n") + tr("You can undo this (Ctrl+Z)."),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const QString step = !single.isEmpty()
                             ? tr("Delete %1").arg(single)
                             : tr("Delete %n recommendations", nullptr, int(ids.size()));
    if (Status status = session().perform(step, [&] { return store.remove(ids); }); !status)
        MessageBox::warning(this, tr("Delete"), status.error().message());
}

void RecommendationsSection::addTag(const QList<Id> &ids, const QString &tag)
{
    if (Status status =
            session().perform(tr("Tag %n recommendations “%1”", nullptr, int(ids.size())).arg(tag),
                              [&] { return retag(ids, tag, true); });
        !status)
        MessageBox::warning(this, tr("Add Tag"), status.error().message());
}

void RecommendationsSection::removeTag(const QList<Id> &ids, const QString &tag)
{
    if (Status status = session().perform(
            tr("Untag %n recommendations “%1”", nullptr, int(ids.size())).arg(tag),
            [&] { return retag(ids, tag, false); });
        !status)
        MessageBox::warning(this, tr("Remove Tag"), status.error().message());
}

Status RecommendationsSection::retag(const QList<Id> &ids, const QString &tag, bool add)
{
    // The store tags a recommendation as part of saving it; one transaction keeps the
    // whole selection tagged or none of it.
    RecommendationStore store(session().db());
    Transaction tx(session().db());
    if (!tx.isActive())
        return tx.error();
    const auto sameTag = [&](const QString &t) { return t.compare(tag, Qt::CaseInsensitive) == 0; };
    for (Id id : ids) {
        Result<Recommendation> r = store.get(id);
        if (!r)
            return r.error();
        const bool has = std::any_of(r->tags.cbegin(), r->tags.cend(), sameTag);
        if (has == add)
            continue;
        if (add)
            r->tags.append(tag.simplified());
        else
            r->tags.removeIf(sameTag);
        if (Status saved = store.update(*r); !saved)
            return saved;
    }
    return tx.commit();
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
