package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.search.SearchFields;

/**
 * Where a write goes: the alias (required to be an alias, so a write before the alias exists fails instead of
 * auto-creating an index of that name) or the physical index a rebuild is filling.
 */
record Target(String name, boolean alias) {
    static final Target ALIAS = new Target(SearchFields.ALIAS, true);

    static Target index(String name) {
        return new Target(name, false);
    }
}
