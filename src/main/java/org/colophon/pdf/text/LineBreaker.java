package org.colophon.pdf.text;

/**
 * Knuth–Plass total-fit line breaking, after TeX's {@code line_break}: active nodes per
 * breakpoint, fitness classes, demerits for hyphens and for fitness jumps, three passes
 * (no hyphenation at {@code pretolerance}, hyphenation at {@code tolerance}, then an
 * emergency pass with extra background stretch that accepts any line that is not too
 * long). One rule is stricter than TeX: a break never makes a third hyphenated line in a
 * row, unless nothing else can be found. Stateless and thread-safe.
 */
final class LineBreaker {

    /**
     * TeX's parameters ({@code \pretolerance}, {@code \tolerance}, {@code \linepenalty},
     * {@code \adjdemerits}, {@code \doublehyphendemerits}, {@code \finalhyphendemerits},
     * {@code \emergencystretch}) and the longest run of hyphenated lines a break may make.
     * The book's values come from {@link Tuning#parameters}. {@link #defaults} are plain
     * TeX's, with two that plain TeX lacks: an emergency stretch of 1.5 em, so that in a
     * paragraph no pass can set within the tolerance the lines past it still differ in
     * badness (without it they all count as infinitely bad, and nothing spreads the
     * looseness over them), and at most two hyphenated lines in a row, the limit of the
     * design's quality bars (TeX only makes a second one dearer).
     */
    record Parameters(int pretolerance, int tolerance, int linePenalty, int adjDemerits,
                      int doubleHyphenDemerits, int finalHyphenDemerits, float emergencyStretch,
                      int maxConsecutiveHyphens) {

        static Parameters defaults(float emSize) {
            return new Parameters(100, 200, 10, 10000, 10000, 5000, 1.5f * emSize, 2);
        }
    }

    /** Where the lines end and how each is set. */
    static final class Breaks {
        final int[] positions;  // item index of each line's break
        final float[] ratios;   // adjustment ratio of each line (glue only, background excluded)
        final int count;
        final int pass;
        final double demerits;

        Breaks(int[] positions, float[] ratios, int count, int pass, double demerits) {
            this.positions = positions;
            this.ratios = ratios;
            this.count = count;
            this.pass = pass;
            this.demerits = demerits;
        }
    }

    private static final int VERY_LOOSE = 0;
    private static final int LOOSE = 1;
    private static final int DECENT = 2;
    private static final int TIGHT = 3;
    private static final int INF_BAD = 10000;

    /**
     * One search over the paragraph: which breakpoints it may take and which lines it
     * accepts. The passes of {@link LineBreaker#breakLines} are {@link #first}, {@link #second}, then
     * {@link #emergency}, and the emergency pass again {@link #withoutHyphenLimit}.
     *
     * @param background       stretch every line has besides its glue (ragged alignments;
     *                         in the emergency passes, the emergency stretch as well)
     * @param hyphenate        whether hyphenation points are breakpoints
     * @param threshold        the worst badness a line may have
     * @param limitHyphenRuns  whether a break is refused that would make more than
     *                         {@code maxConsecutiveHyphens} hyphenated lines in a row
     * @param acceptAnyBadness TeX's final pass: a line of any badness is taken if it is not too long
     * @param byLineCount      whether ways of breaking into different numbers of lines are kept
     *                         apart, each with its cheapest way, instead of the cheaper one winning
     */
    private record Pass(float background, boolean hyphenate, int threshold, boolean limitHyphenRuns,
                        boolean acceptAnyBadness, boolean byLineCount, boolean properNouns) {

        /** TeX's first pass: no hyphenation, every line within the {@code pretolerance}. */
        static Pass first(float background, int pretolerance) {
            return new Pass(background, false, pretolerance, true, false, false, false);
        }

        /** TeX's second pass: hyphenation if {@code hyphenate}, every line within the {@code tolerance}. */
        static Pass second(float background, boolean hyphenate, int tolerance) {
            return new Pass(background, hyphenate, tolerance, true, false, false, false);
        }

        /** The emergency pass: {@code background} includes the emergency stretch; any line not too long. */
        static Pass emergency(float background, boolean hyphenate) {
            return new Pass(background, hyphenate, INF_BAD, true, true, false, false);
        }

        /** This pass, allowed any run of hyphenated lines: for when nothing else can be found. */
        Pass withoutHyphenLimit() {
            return new Pass(background, hyphenate, threshold, false, acceptAnyBadness, byLineCount, properNouns);
        }

        /** This pass, with each number of lines kept apart, as TeX does when {@code \looseness} is not 0. */
        Pass keepingLineCountsApart() {
            return new Pass(background, hyphenate, threshold, limitHyphenRuns, acceptAnyBadness, true, properNouns);
        }

        /** This pass, allowed to hyphenate proper nouns ({@link ItemList#CAPITAL}) at their penalty. */
        Pass withProperNouns() {
            return new Pass(background, hyphenate, threshold, limitHyphenRuns, acceptAnyBadness, byLineCount, true);
        }
    }

    private static final class Node {
        final int position;
        final int fitness;
        final int hyphens;  // consecutive hyphenated lines ending here
        final int line;
        final double demerits;
        final double width;   // totals after the break (discardables skipped)
        final double stretch;
        final double letterStretch;
        final double shrink;
        final int fil;
        final float startHang; // what hangs into the left margin on the line after the break
        final Node previous;
        Node next;

        Node(int position, int fitness, int hyphens, int line, double demerits,
             double width, double stretch, double letterStretch, double shrink, int fil, float startHang,
             Node previous) {
            this.position = position;
            this.fitness = fitness;
            this.hyphens = hyphens;
            this.line = line;
            this.demerits = demerits;
            this.width = width;
            this.stretch = stretch;
            this.letterStretch = letterStretch;
            this.shrink = shrink;
            this.fil = fil;
            this.startHang = startHang;
            this.previous = previous;
        }
    }

    /**
     * Breaks {@code items} (which must end with a forced break) into lines of
     * {@code measure}; {@code background} is stretch every line has besides its glue
     * (ragged alignments); {@code sums} are the items' prefix sums ({@link #sums}). Never
     * returns a line wider than the measure when every run of boxes between breakpoints fits in it.
     */
    Breaks breakLines(ItemList items, Sums sums, float measure, float background, boolean hyphenate, Parameters p) {
        Node best = null;
        int pass = 0;
        boolean anyHyphenation = hasHyphenation(items);
        if (p.pretolerance >= 0) {
            pass = 1;
            best = run(items, sums, measure, Pass.first(background, p.pretolerance), p);
        }
        if (best == null) {
            pass = 2;
            best = run(items, sums, measure, Pass.second(background, hyphenate && anyHyphenation, p.tolerance), p);
        }
        boolean properNouns = hyphenate && hasProperNounPoints(items);
        if (best == null && properNouns) {
            // the last resort before a line past the tolerance: hyphenating a proper noun
            best = run(items, sums, measure,
                    Pass.second(background, true, p.tolerance).withProperNouns(), p);
        }
        if (best == null) {
            pass = 3;
            Pass emergency = Pass.emergency(background + p.emergencyStretch, hyphenate);
            best = run(items, sums, measure, emergency, p);
            if (best != null && properNouns) {
                // no setting within the tolerance: a proper noun's hyphen is still worth it
                // where it makes the loosest line less loose
                Node with = run(items, sums, measure, emergency.withProperNouns(), p);
                if (with != null && loosest(items, sums, measure, with) < loosest(items, sums, measure, best) - 0.5f) {
                    best = with;
                }
            }
        }
        if (best == null) {
            pass = 4;
            best = run(items, sums, measure,
                    Pass.emergency(background + p.emergencyStretch, hyphenate).withoutHyphenLimit(), p);
        }
        if (best == null) {
            // a single glyph wider than the measure: nothing fits, so break wherever possible
            return everyBreakpoint(items, sums, measure);
        }
        return breaks(items, sums, measure, best, pass);
    }

    /**
     * The paragraph set one line shorter ({@code [0]}) and one line longer ({@code [1]})
     * than {@code lines}, each the cheapest such way whose every line is within the
     * tolerance, as TeX's {@code \looseness} -1 and 1 find them, and with no hyphen on the
     * line before the last (a word's tail alone on the last line is what a compositor
     * avoids most when he drives a paragraph out); null where none is.
     */
    Breaks[] variants(ItemList items, Sums sums, float measure, float background, boolean hyphenate, Parameters p,
                      int lines) {
        Pass eachLineCount = Pass.second(background, hyphenate && hasHyphenation(items), p.tolerance)
                .keepingLineCountsApart();
        Node finals = finalNodes(items, sums, measure, eachLineCount, p);
        Node ending = null;
        for (Node node = finals; node != null; ) {
            Node following = node.next;
            Node from = node.previous;
            boolean hyphenBefore = from.previous != null && items.isFlagged(from.position);
            if (!hyphenBefore) {
                node.next = ending;
                ending = node;
            }
            node = following;
        }
        Node shorter = lines > 1 ? cheapest(ending, lines - 1) : null;
        Node longer = cheapest(ending, lines + 1);
        return new Breaks[] {
            shorter == null ? null : breaks(items, sums, measure, shorter, 2),
            longer == null ? null : breaks(items, sums, measure, longer, 2)
        };
    }

    /**
     * Whether the paragraph, set in {@code lines} lines, might be set in one line fewer
     * ({@code [0]}) and one line more ({@code [1]}) within the tolerance: false where no way
     * of breaking could, so that {@link #variants} need not be asked. Two greedy passes
     * bound the number of lines: ending every line at the first break where it is not too
     * loose gives the most lines any way of breaking can have (no line of another way ends
     * earlier), ending it at the last break where it is not too tight the fewest. {@code
     * slack} per line allows for rounding.
     */
    static boolean[] mightVary(ItemList items, Sums s, float measure, int lines, Parameters p, float slack) {
        double most = Math.cbrt(p.tolerance / 100.0); // the ratio of badness at the tolerance
        int n = items.size;
        int[] breaks = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (items.isBreakpoint(i)) {
                breaks[count++] = i;
            }
        }
        // the most lines: each ends at the first break where it could stretch to the measure
        int most_ = 0;
        int first = 0; // the first item of the line being filled
        for (int k = 0; k < count; k++) {
            int b = breaks[k];
            if (b == n - 1) {
                most_++;
                break;
            }
            if (width(items, s, first, b) + most * (s.y[b] - s.y[first]) >= measure - slack) {
                most_++;
                first = lineStart(items, b);
            }
        }
        // the fewest: each ends at the last break where it could shrink to the measure
        int fewest = 0;
        first = 0;
        int k = 0;
        while (k < count) {
            int last = k;
            for (int j = k; j < count; j++) {
                if (width(items, s, first, breaks[j]) - (s.z[breaks[j]] - s.z[first]) > measure + slack) {
                    break;
                }
                last = j;
            }
            fewest++;
            if (breaks[last] == n - 1) {
                break;
            }
            first = lineStart(items, breaks[last]);
            k = last + 1;
        }
        return new boolean[] {lines > 1 && fewest <= lines - 1, most_ >= lines + 1};
    }

    /** The first item of a line after the break {@code at}: glue and penalties after a break vanish. */
    private static int lineStart(ItemList items, int at) {
        int first = at + 1;
        while (first < items.size - 1 && items.type[first] != ItemList.BOX) {
            first++;
        }
        return first;
    }

    /**
     * Natural width of the line from item {@code first} to the break {@code to} (a hyphen
     * there included), less what hangs into the margins at its two ends.
     */
    private static double width(ItemList items, Sums s, int first, int to) {
        return s.w[to] - s.w[first] + (items.type[to] == ItemList.PENALTY ? items.width[to] : 0)
                - items.startHang(first) - items.endHang(to);
    }

    static Sums sums(ItemList items) {
        int n = items.size;
        // doubles: float prefix sums over a long paragraph lose a few thousandths of a point
        double[] sumW = new double[n + 1];
        double[] sumY = new double[n + 1];
        double[] sumB = new double[n + 1];
        double[] sumZ = new double[n + 1];
        int[] sumF = new int[n + 1];
        for (int i = 0; i < n; i++) {
            byte t = items.type[i];
            sumW[i + 1] = sumW[i] + (t == ItemList.PENALTY ? 0 : items.width[i]);
            // boxes may stretch too (letter spacing), penalties never
            sumY[i + 1] = sumY[i] + (t != ItemList.PENALTY ? items.stretch[i] : 0);
            sumB[i + 1] = sumB[i] + (t == ItemList.BOX ? items.stretch[i] : 0);
            sumZ[i + 1] = sumZ[i] + (t != ItemList.PENALTY ? items.shrink[i] : 0);
            sumF[i + 1] = sumF[i] + (t == ItemList.GLUE && (items.flags[i] & ItemList.FIL) != 0 ? 1 : 0);
        }
        return new Sums(sumW, sumY, sumB, sumZ, sumF);
    }

    private static Breaks breaks(ItemList items, Sums sums, float measure, Node best, int pass) {
        int count = best.line;
        int[] positions = new int[count];
        float[] ratios = new float[count];
        for (Node node = best; node.previous != null; node = node.previous) {
            int line = node.line - 1;
            positions[line] = node.position;
            ratios[line] = ratio(items, sums, node.previous, node.position, measure, 0);
        }
        return new Breaks(positions, ratios, count, pass, best.demerits);
    }

    private Breaks everyBreakpoint(ItemList items, Sums sums, float measure) {
        int[] positions = new int[items.size];
        float[] ratios = new float[items.size];
        int count = 0;
        for (int i = 0; i < items.size; i++) {
            boolean forced = items.type[i] == ItemList.PENALTY && items.penalty[i] <= -ItemList.INFINITE;
            if (forced || items.isBreakpoint(i) && items.type[i] != ItemList.PENALTY) {
                if (count > 0 && positions[count - 1] == i - 1 && items.type[i - 1] != ItemList.BOX) {
                    continue;
                }
                positions[count++] = i;
            }
        }
        return new Breaks(positions, ratios, count, 5, Double.POSITIVE_INFINITY);
    }

    /** Prefix sums: width, stretch (all), stretch of boxes (letter spacing), shrink, fil glue. */
    record Sums(double[] w, double[] y, double[] b, double[] z, int[] f) {}

    private static boolean hasProperNounPoints(ItemList items) {
        for (int i = 0; i < items.size; i++) {
            if ((items.flags[i] & ItemList.CAPITAL) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The largest adjustment ratio of the lines ending at {@code last}, the last line excluded. */
    private static float loosest(ItemList items, Sums sums, float measure, Node last) {
        float worst = Float.NEGATIVE_INFINITY;
        for (Node node = last.previous; node != null && node.previous != null; node = node.previous) {
            worst = Math.max(worst, ratio(items, sums, node.previous, node.position, measure, 0));
        }
        return worst;
    }

    private static boolean hasHyphenation(ItemList items) {
        for (int i = 0; i < items.size; i++) {
            if ((items.flags[i] & ItemList.HYPHENATION) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adjustment ratio of the line from {@code from}'s break to item {@code to}. What hangs
     * into the margins at its ends takes no room on the measure (pdfTeX's protrusion in
     * its line breaking: the line's natural width less its first and last glyph's amounts).
     */
    private static float ratio(ItemList items, Sums s, Node from, int to, float measure, float background) {
        double width = s.w[to] - from.width + (items.type[to] == ItemList.PENALTY ? items.width[to] : 0)
                - from.startHang - items.endHang(to);
        if (width < measure) {
            if (s.f[to] - from.fil > 0) {
                return 0;
            }
            double stretch = s.y[to] - from.stretch + background;
            if (stretch <= 0) {
                return Float.POSITIVE_INFINITY;
            }
            double r = (measure - width) / stretch;
            double letters = s.b[to] - from.letterStretch;
            if (r > 1 && letters > 0) {
                // letter spacing stops at its limit; the spaces must take the rest
                double spaces = stretch - letters;
                return spaces > 0 ? (float) ((measure - width - letters) / spaces) : Float.POSITIVE_INFINITY;
            }
            return (float) r;
        }
        if (width > measure) {
            double shrink = s.z[to] - from.shrink;
            return shrink > 0 ? (float) ((measure - width) / shrink) : Float.NEGATIVE_INFINITY;
        }
        return 0;
    }

    /**
     * The demerits of a line too bad to count, which only the final pass takes: TeX's 10^8,
     * growing with how far its spaces stretch, so that of two such settings the final pass
     * takes the less loose ("Roseta y su" stretched over a whole line at ratio 102 cost
     * the same as a line at ratio 5, and won on other terms).
     */
    private static double pastInfinite(float r) {
        return 1e8 * (1 + Math.min(Math.abs(r), 1000f));
    }

    private static int badness(float r) {
        if (r == 0) {
            return 0;
        }
        if (Float.isInfinite(r)) {
            return INF_BAD;
        }
        float a = Math.abs(r);
        if (a > 4.65f) {
            return INF_BAD;
        }
        int b = Math.round(100 * a * a * a);
        return Math.min(b, INF_BAD);
    }

    private static int fitness(float r) {
        if (r < -0.5f) {
            return TIGHT;
        }
        if (r <= 0.5f) {
            return DECENT;
        }
        if (r <= 1f) {
            return LOOSE;
        }
        return VERY_LOOSE;
    }

    /** The cheapest node at the paragraph's end that {@code pass} finds, or null. */
    private Node run(ItemList items, Sums s, float measure, Pass pass, Parameters p) {
        return cheapest(finalNodes(items, s, measure, pass, p), -1);
    }

    /** Of the nodes at the paragraph's end (linked by {@code next}), the cheapest, of {@code lines} lines if not -1. */
    private static Node cheapest(Node finals, int lines) {
        Node best = null;
        for (Node node = finals; node != null; node = node.next) {
            if ((lines < 0 || node.line == lines) && (best == null || node.demerits < best.demerits)) {
                best = node;
            }
        }
        return best;
    }

    /**
     * The nodes at the paragraph's end that {@code pass} finds (linked by {@code next}), or
     * null. With {@link Pass#byLineCount}, every number of lines the pass allows has its own
     * cheapest way, for {@link #variants} to choose from.
     */
    private Node finalNodes(ItemList items, Sums s, float measure, Pass pass, Parameters p) {
        float background = pass.background();
        boolean hyphenate = pass.hyphenate();
        int threshold = pass.threshold();
        boolean limitHyphenRuns = pass.limitHyphenRuns();
        boolean acceptAnyBadness = pass.acceptAnyBadness();
        boolean byLineCount = pass.byLineCount();
        int n = items.size;
        Node active = new Node(0, DECENT, 0, 0, 0, 0, 0, 0, 0, 0, items.startHang(0), null);
        // the best candidate per fitness class and hyphen count (and line count), reused at every breakpoint
        int slots = 4 * (p.maxConsecutiveHyphens + 2);
        double[] candidateDemerits = new double[slots];
        Node[] candidateFrom = new Node[slots];
        for (int i = 0; i < n; i++) {
            byte type = items.type[i];
            boolean breakpoint;
            int penalty = 0;
            if (type == ItemList.PENALTY) {
                penalty = items.penalty[i];
                breakpoint = penalty < ItemList.INFINITE
                        && (hyphenate || (items.flags[i] & ItemList.HYPHENATION) == 0)
                        && (pass.properNouns() || (items.flags[i] & ItemList.CAPITAL) == 0);
            } else {
                breakpoint = type == ItemList.GLUE && i > 0 && items.type[i - 1] == ItemList.BOX;
            }
            if (!breakpoint) {
                continue;
            }
            boolean forced = type == ItemList.PENALTY && penalty <= -ItemList.INFINITE;
            boolean flagged = items.isFlagged(i);
            int firstLine = 0;
            int used = slots; // candidate slots in use at this breakpoint
            if (byLineCount) {
                firstLine = Integer.MAX_VALUE;
                int lastLine = 0;
                for (Node node = active; node != null; node = node.next) {
                    firstLine = Math.min(firstLine, node.line);
                    lastLine = Math.max(lastLine, node.line);
                }
                used = slots * (lastLine - firstLine + 1);
                if (candidateFrom.length < used) {
                    candidateFrom = new Node[used];
                    candidateDemerits = new double[used];
                }
            }
            java.util.Arrays.fill(candidateFrom, 0, used, null);
            Node previousActive = null;
            Node node = active;
            while (node != null) {
                Node following = node.next;
                float r = ratio(items, s, node, i, measure, background);
                boolean deactivate = r < -1 || forced;
                if (r >= -1) {
                    int b = badness(r);
                    if (b <= threshold || acceptAnyBadness) {
                        int hyphens = flagged ? node.hyphens + 1 : 0;
                        if (!(limitHyphenRuns && hyphens > p.maxConsecutiveHyphens)) {
                            double d = p.linePenalty + b;
                            d = d >= 10000 ? pastInfinite(r) : d * d;
                            if (penalty > 0) {
                                d += (double) penalty * penalty;
                            } else if (penalty < 0 && !forced) {
                                d -= (double) penalty * penalty;
                            }
                            boolean previousFlagged = items.isFlagged(node.position) && node.previous != null;
                            if (flagged && previousFlagged) {
                                d += p.doubleHyphenDemerits;
                            } else if (forced && previousFlagged) {
                                d += p.finalHyphenDemerits;
                            }
                            int fit = fitness(r);
                            if (Math.abs(fit - node.fitness) > 1) {
                                d += p.adjDemerits;
                            }
                            d += node.demerits;
                            int slot = fit * (p.maxConsecutiveHyphens + 2) + Math.min(hyphens, p.maxConsecutiveHyphens + 1)
                                    + (byLineCount ? slots * (node.line - firstLine) : 0);
                            if (candidateFrom[slot] == null || d < candidateDemerits[slot]) {
                                candidateFrom[slot] = node;
                                candidateDemerits[slot] = d;
                            }
                        }
                    }
                }
                if (deactivate) {
                    if (previousActive == null) {
                        active = following;
                    } else {
                        previousActive.next = following;
                    }
                } else {
                    previousActive = node;
                }
                node = following;
            }
            // new active nodes for this breakpoint
            boolean anyCandidate = false;
            for (int slot = 0; slot < used; slot++) {
                if (candidateFrom[slot] != null) {
                    anyCandidate = true;
                    break;
                }
            }
            if (anyCandidate) {
                // totals after the break: skip glue and penalties up to the next box or forced break
                int after = i;
                while (after < n) {
                    byte t = items.type[after];
                    if (t == ItemList.BOX) {
                        break;
                    }
                    if (after > i && t == ItemList.PENALTY && items.penalty[after] <= -ItemList.INFINITE) {
                        break;
                    }
                    after++;
                }
                double w = s.w[after];
                double y = s.y[after];
                double b = s.b[after];
                double z = s.z[after];
                int f = s.f[after];
                // totals for discardables after a breakpoint exclude the break's own glue
                for (int slot = 0; slot < used; slot++) {
                    Node from = candidateFrom[slot];
                    if (from == null) {
                        continue;
                    }
                    int fit = slot % slots / (p.maxConsecutiveHyphens + 2);
                    int hyphens = slot % slots % (p.maxConsecutiveHyphens + 2);
                    Node created = new Node(i, fit, hyphens, from.line + 1, candidateDemerits[slot],
                            w, y, b, z, f, after < n ? items.startHang(after) : 0, from);
                    created.next = active;
                    active = created;
                }
            }
            if (active == null) {
                return null;
            }
        }
        // the paragraph ends with a forced break: the surviving nodes sit at the last item
        Node finals = null;
        for (Node node = active; node != null; ) {
            Node following = node.next;
            if (node.position == n - 1) {
                node.next = finals;
                finals = node;
            }
            node = following;
        }
        return finals;
    }
}
