#pragma once

#include "model/Common.h"
#include "model/EntityKind.h"

#include <QWidget>

namespace kith::ui {

class Session;

// The home page: cards, charts and action lists of network activity, reminders and the
// professional-development budget; every number clicks through to the records behind it.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Session &session, QWidget *parent = nullptr);
    ~DashboardPage() override;

Q_SIGNALS:
    void showRecord(kith::EntityKind kind, kith::Id id);
    // Show the list of `kind` restricted to `ids`, described as `description`.
    void showRecords(kith::EntityKind kind, const QList<kith::Id> &ids, const QString &description);
    void showList(kith::EntityKind kind);
    void logInteractionRequested(const QList<kith::Id> &people);

private:
    Session &m_session;
};

} // namespace kith::ui
