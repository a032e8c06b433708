using ClusterSim.Engine.Randomness;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Labour;

/// <summary>
/// Open vacancies by locality: for each locality the employers with vacancies and their cumulative counts
/// (CSR), so a job seeker draws a vacancy in O(log employers) and the market is rebuilt in O(firms).
/// Employers are numbered firms first (their rows), then institutions (firm count + institution row).
/// </summary>
internal sealed class VacancyMarket
{
    private int[] _start = [];
    private int[] _employer = [];
    private long[] _cumulative = [];

    /// <summary>Open vacancies per employer number.</summary>
    public int[] Vacancies { get; private set; } = [];
    public long Total { get; private set; }
    public int FirmCount { get; private set; }

    public void Rebuild(FirmTable firms, InstitutionTable institutions, int localities)
    {
        FirmCount = firms.Count;
        int employers = firms.Count + institutions.Count;
        if (Vacancies.Length < employers) Vacancies = new int[Math.Max(employers, firms.Capacity + institutions.Count)];
        if (_start.Length < localities + 1) _start = new int[localities + 1];
        Array.Clear(_start, 0, localities + 1);
        int posting = 0;
        for (int e = 0; e < employers; e++)
        {
            int v = Open(firms, institutions, e);
            Vacancies[e] = v;
            if (v == 0) continue;
            _start[LocalityOf(firms, institutions, e) + 1]++;
            posting++;
        }
        for (int l = 0; l < localities; l++) _start[l + 1] += _start[l];
        if (_employer.Length < posting)
        {
            _employer = new int[Math.Max(posting, _employer.Length * 2)];
            _cumulative = new long[_employer.Length];
        }
        Span<int> next = localities <= 1024 ? stackalloc int[localities] : new int[localities];
        _start.AsSpan(0, localities).CopyTo(next);
        for (int e = 0; e < employers; e++)
            if (Vacancies[e] > 0) _employer[next[LocalityOf(firms, institutions, e)]++] = e;
        Total = 0;
        for (int l = 0; l < localities; l++)
        {
            long running = 0;
            for (int j = _start[l]; j < _start[l + 1]; j++)
            {
                running += Vacancies[_employer[j]];
                _cumulative[j] = running;
            }
            Total += running;
        }
    }

    /// <summary>An employer with vacancies in <paramref name="locality"/>, drawn in proportion to its vacancies; −1 if none.</summary>
    public int Draw(int locality, ref RandomStream rng)
    {
        int lo = _start[locality], hi = _start[locality + 1];
        if (lo == hi) return -1;
        long pick = (long)(rng.NextDouble() * _cumulative[hi - 1]);
        int index = Array.BinarySearch(_cumulative, lo, hi - lo, pick + 1);
        if (index < 0) index = ~index;
        return _employer[index];
    }

    private int Open(FirmTable firms, InstitutionTable institutions, int e)
    {
        if (e < FirmCount) return firms.Alive[e] ? Math.Max(0, firms.TargetEmployees[e] - firms.Employees[e]) : 0;
        int i = e - FirmCount;
        return Math.Max(0, institutions.ResearcherPosts[i] - institutions.Researchers[i]);
    }

    private int LocalityOf(FirmTable firms, InstitutionTable institutions, int e) =>
        e < FirmCount ? firms.Locality[e] : institutions.Locality[e - FirmCount];
}
