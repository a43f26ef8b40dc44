/** Chart.js with only the parts the results use (horizontal bars, two axes, tooltips). Loaded on demand. */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
