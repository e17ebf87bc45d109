package cn.energyinspect.app.campaign.draw;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code verify-draw <file>}: prints a Chinese and English verdict and exits 0 when the published draw is verified,
 * 1 otherwise (rejected, unreadable or bad usage).
 */
public final class VerifyDrawCommand {
    public static final String NAME = "verify-draw";

    private VerifyDrawCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Accepts {@code <file>} or {@code verify-draw <file>}. */
    public static int run(String[] args, PrintStream out) {
        int first = args.length > 0 && NAME.equals(args[0]) ? 1 : 0;
        if (args.length - first != 1) {
            out.println("用法 / usage: " + NAME + " <published-draw.json>");
            return 1;
        }
        PublishedDraw draw;
        try {
            draw = DrawFile.read(Path.of(args[first]));
        } catch (IOException | RuntimeException e) {
            out.println("无法读取抽查结果文件 / cannot read the draw file: " + e.getMessage());
            return 1;
        }
        var verdict = DrawVerifier.verify(draw);
        if (verdict.accepted()) {
            out.println("验证通过：抽取结果可由公布的名录、参数和种子复现。");
            out.println("VERIFIED: the result is reproduced from the published inputs and seed.");
            verdict.notes().forEach(n -> out.println("注意 / note: " + n));
            out.println("pool sha256 " + draw.commitment().poolSha256() + ", seed sha256 "
                    + draw.commitment().seedSha256());
            return 0;
        }
        out.println("验证失败：抽取结果与公布的承诺或输入不符。");
        out.println("REJECTED: the draw does not match its commitment or inputs:");
        verdict.mismatches().forEach(m -> out.println("  - " + m));
        return 1;
    }
}
