package cn.energyinspect.rules.quota;

/** The grade 1 / 2 / 3 limits of one indicator; {@code null} where the standard leaves a grade undefined ("—"). */
public record Limits(Double grade1, Double grade2, Double grade3) {

    /** The limit of {@code grade} (1..3), or {@code null} when undefined. */
    public Double of(int grade) {
        return switch (grade) {
            case 1 -> grade1;
            case 2 -> grade2;
            case 3 -> grade3;
            default -> throw new IllegalArgumentException("grade must be 1, 2 or 3: " + grade);
        };
    }
}
