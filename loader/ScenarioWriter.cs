using System.Collections;
using System.Globalization;
using ClusterSim.Engine.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClusterSim.Loader;

/// <summary>
/// Writes a scenario back as YAML with every key spelled out, defaults included: the resolved scenario
/// a run records, which loads back to an equal scenario.
/// </summary>
public static class ScenarioWriter
{
    public static string Write(Scenario scenario) => Write(scenario, typeof(Scenario));

    /// <summary>Any document of the scenario format (scenario, comparison, sweep), every key spelled out.</summary>
    public static string Write(object document, Type type)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        WriteValue(emitter, document, type);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void WriteValue(IEmitter emitter, object? value, Type type)
    {
        if (value is null)
        {
            emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
            return;
        }
        if (ScenarioSchema.IsSection(type))
        {
            emitter.Emit(new MappingStart());
            foreach (var key in ScenarioSchema.KeysOf(type))
            {
                Plain(emitter, key.Name);
                WriteValue(emitter, key.Get(value), key.Type);
            }
            emitter.Emit(new MappingEnd());
        }
        else if (value is IDictionary dict)
        {
            emitter.Emit(new MappingStart());
            var valueType = type.GetGenericArguments()[1];
            foreach (DictionaryEntry e in dict)
            {
                Plain(emitter, (string)e.Key);
                WriteValue(emitter, e.Value, valueType);
            }
            emitter.Emit(new MappingEnd());
        }
        else if (value is IEnumerable list and not string)
        {
            var element = type.GetGenericArguments()[0];
            emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
            foreach (var item in list) WriteValue(emitter, item, element);
            emitter.Emit(new SequenceEnd());
        }
        else
        {
            switch (value)
            {
                case string s:
                    emitter.Emit(new Scalar(null, null, s, ScalarStyle.Any, true, true));
                    break;
                case bool b:
                    Plain(emitter, b ? "true" : "false");
                    break;
                case double d:
                    Plain(emitter, d.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case Enum e:
                    Plain(emitter, ScenarioSchema.SnakeCase(e.ToString()));
                    break;
                case IFormattable f:
                    Plain(emitter, f.ToString(null, CultureInfo.InvariantCulture));
                    break;
                default:
                    Plain(emitter, value.ToString()!);
                    break;
            }
        }
    }

    private static void Plain(IEmitter emitter, string text) =>
        emitter.Emit(new Scalar(null, null, text, ScalarStyle.Plain, true, false));
}
