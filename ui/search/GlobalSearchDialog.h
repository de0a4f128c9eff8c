#pragma once

#include "common/Result.h"
#include "model/Common.h"
#include "model/EntityKind.h"

#include <QDialog>

class QTreeWidgetItem;

namespace kith {
struct SearchHit;
}

namespace kith::ui {

class Session;

// Ctrl+K: one search box over every kind of record (the core's ranked full-text search),
// results grouped by kind as you type; Enter or a click jumps to the record.
class GlobalSearchDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit GlobalSearchDialog(Session &session, QWidget *parent = nullptr);
    ~GlobalSearchDialog() override;

    // Searches for the text now, without waiting for typing to pause; the answer comes from
    // the background reader.
    void searchNow();

Q_SIGNALS:
    void recordChosen(kith::EntityKind kind, kith::Id id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showAnswer(const QString &text, const Result<QList<SearchHit>> &hits);
    void showHits(const QList<SearchHit> &hits);
    void showMessage(const QString &text);
    void moveCurrent(int step);
    void choose(QTreeWidgetItem *item);

    struct Parts;
    Session &m_session;
    std::unique_ptr<Parts> m_parts;
};

} // namespace kith::ui
