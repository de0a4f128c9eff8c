#pragma once

#include "common/Result.h"
#include "model/Recommendation.h"
#include "widgets/ListSection.h"

class QComboBox;

namespace kith::ui {

class RecommendationsModel;

// Recommendations given and received: direction and status filters, the full text in the
// details, and "Recommend them back" for one received and not yet returned.
class RecommendationsSection final : public ListSection
{
    Q_OBJECT

public:
    explicit RecommendationsSection(Session &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Recommendations"); }
    void newRecord() override;
    void editRecord(Id id) override;
    RecommendationsModel *recommendationsModel() const { return m_model; }

    // Opens the editor on a given recommendation for the author of `receivedId`.
    void recommendBack(Id receivedId);

protected:
    void applyFilters(const QString &searchText) override;
    QString detailHtml(Id id) override;
    QString emptyText(bool filtered) const override;
    void detailAction(const QString &action, Id id) override;

private:
    RecommendationsModel *m_model;
    QComboBox *m_directionFilter;
    QComboBox *m_statusFilter;
};

} // namespace kith::ui
