#pragma once

#include <QString>

namespace concierge::ui {

// A page that can hold edits not yet sent to the server. Before the console closes, MainWindow asks each page that
// implements this, so that closing the window or "Quit" never drops a secretary's work without asking.
class UnsavedWork
{
public:
    virtual ~UnsavedWork() = default;
    virtual bool hasUnsavedChanges() const = 0;
    // One sentence naming what would be lost ("The changes to the service Catechism are not saved.").
    virtual QString unsavedChangesSummary() const = 0;
};

} // namespace concierge::ui
