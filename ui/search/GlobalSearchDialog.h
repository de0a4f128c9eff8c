#pragma once

#include "model/Common.h"
#include "model/EntityKind.h"

#include <QDialog>

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

Q_SIGNALS:
    void recordChosen(kith::EntityKind kind, kith::Id id);

private:
    struct Parts;
    Session &m_session;
    std::unique_ptr<Parts> m_parts;
};

} // namespace kith::ui
