#pragma once

#include <QWidget>

namespace kith::ui {

// Base of Kith's composite editor fields (date with "none", record picker, tag list, row
// table): one `changed` signal, so an editor can re-validate whatever field was edited.
class FieldWidget : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

Q_SIGNALS:
    void changed();
};

} // namespace kith::ui
