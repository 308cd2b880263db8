package com.kneeline.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Chart.js chart with a text alternative beside it. The chart is drawn by our {@code <kl-chart>} element from a
 * JSON config; the same numbers are listed as text so a screen reader, or anyone on a small screen, gets them too.
 */
public class ChartPanel extends Div {

    /** Chart.js from its WebJar; {@code context://} keeps it out of Vaadin's bundle. */
    public static final String CHART_JS = "context://webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    public static final String MODULE = "context://web/kl-chart.js?v=" + WebAssets.VERSION;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChartElement chart = new ChartElement();
    private final UnorderedList textList = new UnorderedList();

    public ChartPanel(String summary) {
        addClassName("kl-chart-panel");
        chart.getElement().setAttribute("summary", summary);
        chart.addClassName("kl-chart");
        com.vaadin.flow.component.details.Details text = new com.vaadin.flow.component.details.Details(
                "Show as text", textList);
        add(chart, text);
    }

    /** @param config a Chart.js configuration (type, data, options) */
    public void setConfig(ObjectNode config, List<String> textAlternative) {
        chart.getElement().setAttribute("config", JSON.writeValueAsString(config));
        textList.removeAll();
        textAlternative.forEach(line -> textList.add(new ListItem(line)));
    }

    public static ObjectNode newConfig() {
        return JSON.createObjectNode();
    }

    @Tag("kl-chart")
    @JavaScript(CHART_JS)
    @JsModule(MODULE)
    static final class ChartElement extends Component {
    }
}
