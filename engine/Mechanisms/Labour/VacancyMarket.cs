using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Labour;

/// <summary>
/// Open vacancies by locality: for each locality the firms with vacancies and their cumulative counts
/// (CSR), so a job seeker draws a vacancy in O(log firms) and the market is rebuilt in O(firms).
/// </summary>
public sealed class VacancyMarket
{
    private int[] _start = [];
    private int[] _firm = [];
    private long[] _cumulative = [];

    /// <summary>Open vacancies per firm row.</summary>
    public int[] Vacancies { get; private set; } = [];
    public long Total { get; private set; }

    public void Rebuild(FirmTable firms, int localities)
    {
        if (Vacancies.Length < firms.Count) Vacancies = new int[firms.Capacity];
        if (_start.Length < localities + 1) _start = new int[localities + 1];
        Array.Clear(_start, 0, localities + 1);
        int posting = 0;
        for (int f = 0; f < firms.Count; f++)
        {
            int v = firms.Alive[f] ? Math.Max(0, firms.TargetEmployees[f] - firms.Employees[f]) : 0;
            Vacancies[f] = v;
            if (v == 0) continue;
            _start[firms.Locality[f] + 1]++;
            posting++;
        }
        for (int l = 0; l < localities; l++) _start[l + 1] += _start[l];
        if (_firm.Length < posting)
        {
            _firm = new int[Math.Max(posting, _firm.Length * 2)];
            _cumulative = new long[_firm.Length];
        }
        Span<int> next = localities <= 1024 ? stackalloc int[localities] : new int[localities];
        _start.AsSpan(0, localities).CopyTo(next);
        for (int f = 0; f < firms.Count; f++)
            if (Vacancies[f] > 0) _firm[next[firms.Locality[f]]++] = f;
        Total = 0;
        for (int l = 0; l < localities; l++)
        {
            long running = 0;
            for (int j = _start[l]; j < _start[l + 1]; j++)
            {
                running += Vacancies[_firm[j]];
                _cumulative[j] = running;
            }
            Total += running;
        }
    }

    /// <summary>A firm with vacancies in <paramref name="locality"/>, drawn in proportion to its vacancies; −1 if none.</summary>
    public int Draw(int locality, ref RandomStream rng)
    {
        int lo = _start[locality], hi = _start[locality + 1];
        if (lo == hi) return -1;
        long total = _cumulative[hi - 1];
        long pick = (long)(rng.NextDouble() * total);
        int index = Array.BinarySearch(_cumulative, lo, hi - lo, pick + 1);
        if (index < 0) index = ~index;
        return _firm[index];
    }
}
