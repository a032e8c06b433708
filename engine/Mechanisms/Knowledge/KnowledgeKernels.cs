using System.Runtime.Intrinsics;

namespace ClusterSim.Engine.Mechanisms.Knowledge;

/// <summary>
/// Vector kernels over knowledge rows. Rows are padded to multiples of 8 floats and processed in fixed
/// 256-bit lanes, so a machine with AVX-512 and one with only AVX2 (or none: Vector256 is then
/// emulated lane by lane) add in the same order and give the same bits. No fused multiply-add is used.
/// </summary>
internal static class KnowledgeKernels
{
    /// <summary>acc += coefficient × max(0, source − target), lane by lane; returns the total added.</summary>
    public static float AddGap(Span<float> acc, ReadOnlySpan<float> source, ReadOnlySpan<float> target, float coefficient)
    {
        var c = Vector256.Create(coefficient);
        var added = Vector256<float>.Zero;
        for (int i = 0; i < acc.Length; i += 8)
        {
            var gain = Vector256.Max(Vector256.Create(source.Slice(i, 8)) - Vector256.Create(target.Slice(i, 8)), Vector256<float>.Zero) * c;
            (Vector256.Create(acc.Slice(i, 8)) + gain).CopyTo(acc.Slice(i, 8));
            added += gain;
        }
        return HorizontalSum(added);
    }

    /// <summary>row ×= factor; returns the row's sum (lane sums added in a fixed order).</summary>
    public static float ScaleAndSum(Span<float> row, float factor)
    {
        var f = Vector256.Create(factor);
        var sum = Vector256<float>.Zero;
        for (int i = 0; i < row.Length; i += 8)
        {
            var v = Vector256.Create(row.Slice(i, 8)) * f;
            v.CopyTo(row.Slice(i, 8));
            sum += v;
        }
        return HorizontalSum(sum);
    }

    public static float Sum(ReadOnlySpan<float> row)
    {
        var sum = Vector256<float>.Zero;
        for (int i = 0; i < row.Length; i += 8) sum += Vector256.Create(row.Slice(i, 8));
        return HorizontalSum(sum);
    }

    /// <summary>Cosine similarity of two rows; 0 when either is zero.</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var dot = Vector256<float>.Zero;
        var na = Vector256<float>.Zero;
        var nb = Vector256<float>.Zero;
        for (int i = 0; i < a.Length; i += 8)
        {
            var va = Vector256.Create(a.Slice(i, 8));
            var vb = Vector256.Create(b.Slice(i, 8));
            dot += va * vb;
            na += va * va;
            nb += vb * vb;
        }
        float d = HorizontalSum(dot), x = HorizontalSum(na), y = HorizontalSum(nb);
        return x > 0 && y > 0 ? d / MathF.Sqrt(x * y) : 0f;
    }

    // Vector256.Sum's order is unspecified across hardware; this one is written out.
    private static float HorizontalSum(Vector256<float> v) =>
        ((v[0] + v[1]) + (v[2] + v[3])) + ((v[4] + v[5]) + (v[6] + v[7]));
}
