#include "InteractionStore.h"
