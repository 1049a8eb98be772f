package nl.oneplan.events;

/**
 * An information category, for goals and agreements optionally narrowed to one life domain
 * ({@code lifeDomain} null: all domains). The matching rules live here, beside the catalogue, so
 * that deciding and verifying a disclosure use the same meaning of a category.
 */
public record Category(InformationCategory type, LifeDomain lifeDomain) {

    public static Category of(InformationCategory type) {
        return new Category(type, null);
    }

    /** Whether a permit for this category allows sharing {@code requested}. */
    public boolean permits(Category requested) {
        if (type == InformationCategory.PLAN_COPY) {
            return true;
        }
        return type == requested.type() && (lifeDomain == null || lifeDomain == requested.lifeDomain());
    }

    /** Whether a denial of this category touches {@code requested}: a denial wins wherever they overlap. */
    public boolean overlaps(Category requested) {
        if (type == InformationCategory.PLAN_COPY || requested.type() == InformationCategory.PLAN_COPY) {
            return true;
        }
        return type == requested.type()
                && (lifeDomain == null || requested.lifeDomain() == null || lifeDomain == requested.lifeDomain());
    }
}
