#include "Command.h"

#include "AgendaCommand.h"
#include "BackupsCommand.h"
#include "CheckCommand.h"
#include "DemoCommand.h"
#include "DuplicatesCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "RestoreCommand.h"
#include "SearchCommand.h"
#include "StatsCommand.h"

namespace kith::cli {

QList<std::shared_ptr<Command>> allCommands()
{
    return {std::make_shared<DemoCommand>(),   std::make_shared<StatsCommand>(),
            std::make_shared<SearchCommand>(), std::make_shared<AgendaCommand>(),
            std::make_shared<CheckCommand>(),  std::make_shared<ImportCommand>(),
            std::make_shared<ExportCommand>(), std::make_shared<DuplicatesCommand>(),
            std::make_shared<MergeCommand>(),  std::make_shared<BackupsCommand>(),
            std::make_shared<RestoreCommand>()};
}

} // namespace kith::cli
